import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import { ConsentSchema, type Submission } from '../../schema/submission.js';

/**
 * Sending a result to a collector, and taking it back: what is waiting to go, how each attempt
 * ended, and when to try again. No DOM: the element shows the state and keeps it with the answers.
 */

/** What the outbox holds for one result: its envelope, what is to be done with it, and how it went. */
export const OutgoingSchema = lazy(() =>
  z.object({
    /** The collector's address for submissions (`submit-url`). */
    url: z.string(),
    /**
     * The submission (`partenariat-submission`) as the element built it. Only what the element
     * reads back is checked here; the collector checks all of it against `SubmissionSchema`.
     */
    envelope: z.object({
      format: z.literal('partenariat-submission'),
      version: z.literal(1),
      campaign: z.string(),
      consent: ConsentSchema,
      result: z.looseObject({ id: z.string(), updatedAt: z.string() }),
    }),
    /** `send`: deliver the envelope (again, with the receipt, for an update); `withdraw`: delete it. */
    action: z.enum(['send', 'withdraw']),
    /** `pending` until the collector acknowledges it; `failed` when it refused it. */
    state: z.enum(['pending', 'sent', 'failed', 'withdrawn']),
    attempts: z.number(),
    /** When to try again (ms since 1970), while pending. */
    retryAt: z.optional(z.number()),
    receipt: z.optional(z.string()),
    /** When the collector received it (or the withdrawal), as it says. */
    at: z.optional(z.string()),
    /** Why the last attempt failed: the HTTP status (0 without an answer) and the collector's words. */
    error: z.optional(z.object({ status: z.number(), detail: z.string() })),
  }),
);
export type Outgoing = z.infer<typeof OutgoingSchema>;

/**
 * How an attempt ended. A refusal with status -1: the page's Content-Security-Policy blocked it.
 */
export type Attempt =
  | { outcome: 'done'; receipt?: string; at?: string }
  | { outcome: 'retry'; status: number; detail: string; after?: number }
  | { outcome: 'refused'; status: number; detail: string };

/** Longest wait between two attempts: five minutes. */
const LONGEST = 300_000;

/**
 * The wait before attempt number `attempts + 1`: one second, doubling up to five minutes, each
 * drawn at random from its upper half (so that many devices back online do not all call at once).
 */
export function backoff(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST, 1000 * 2 ** Math.min(attempts, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The collector's address for one submission, to withdraw it. */
export function submissionUrl(url: string, id: string): string {
  return `${url.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}

/** The campaign's id in a collector's submission address (`…/campaigns/<id>/submissions`). */
export function campaignOf(url: string): string | undefined {
  try {
    const match = /\/campaigns\/([^/]+)\/submissions\/?$/.exec(new URL(url, document.baseURI).pathname);
    return match ? decodeURIComponent(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** What a refusal or a failure says, from the collector's problem details (RFC 9457) when it gives them. */
async function detailOf(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { detail?: unknown; title?: unknown };
    const text = typeof problem.detail === 'string' ? problem.detail : problem.title;
    if (typeof text === 'string') return text.slice(0, 500);
  } catch {
    // Not JSON: the status says enough.
  }
  return response.statusText;
}

/**
 * One attempt at what `entry` asks: POST the envelope (with its receipt when it replaces an
 * earlier copy) or DELETE it. Never throws. A request that the page's Content-Security-Policy
 * blocks comes back refused (status -1), not as a network failure that would be retried forever.
 */
export async function attempt(entry: Outgoing, locale: string, timeout = 15_000): Promise<Attempt> {
  const withdraw = entry.action === 'withdraw';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (entry.receipt) headers.Authorization = `Receipt ${entry.receipt}`;
  if (!withdraw) headers['Content-Type'] = 'application/json';
  let url: URL;
  try {
    url = new URL(withdraw ? submissionUrl(entry.url, entry.envelope.result.id) : entry.url, document.baseURI);
  } catch {
    // No address to try again: the page gave one that is not a URL.
    return { outcome: 'refused', status: 0, detail: entry.url };
  }
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    blocked ||= event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(url.origin);
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const response = await fetch(url, {
      method: withdraw ? 'DELETE' : 'POST',
      headers,
      body: withdraw ? undefined : JSON.stringify(entry.envelope),
      credentials: 'omit',
      keepalive: true,
      signal: AbortSignal.timeout(timeout),
    });
    const { status } = response;
    // Already gone, for a withdrawal: done. A body that is not JSON (204 has none) reads as {}.
    if (response.ok || (withdraw && status === 404)) {
      const body = (await response.json().catch(() => ({}))) as { receipt?: unknown; receivedAt?: unknown };
      return {
        outcome: 'done',
        receipt: typeof body.receipt === 'string' ? body.receipt : entry.receipt,
        at: typeof body.receivedAt === 'string' ? body.receivedAt : new Date().toISOString(),
      };
    }
    const detail = await detailOf(response);
    if (status === 408 || status === 429 || status >= 500) {
      const seconds = Number(response.headers.get('Retry-After'));
      return { outcome: 'retry', status, detail, after: seconds > 0 ? seconds * 1000 : undefined };
    }
    return { outcome: 'refused', status, detail };
  } catch (error) {
    // The violation event comes after the failed fetch: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (blocked) return { outcome: 'refused', status: -1, detail: '' };
    return { outcome: 'retry', status: 0, detail: String((error as Error)?.message ?? error) };
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** `entry` after `result` of an attempt, at time `now`. */
export function settleAttempt(entry: Outgoing, result: Attempt, now = Date.now()): Outgoing {
  const { retryAt: _retryAt, error: _error, ...rest } = entry;
  switch (result.outcome) {
    case 'done':
      return {
        ...rest,
        state: entry.action === 'withdraw' ? 'withdrawn' : 'sent',
        attempts: 0,
        receipt: entry.action === 'withdraw' ? undefined : result.receipt,
        at: result.at,
      };
    case 'retry':
      return {
        ...rest,
        attempts: entry.attempts + 1,
        retryAt: now + Math.max(result.after ?? 0, backoff(entry.attempts)),
        error: { status: result.status, detail: result.detail },
      };
    case 'refused':
      return { ...rest, state: 'failed', error: { status: result.status, detail: result.detail } };
  }
}

export type { Submission };
