/**
 * The collector's HTTP side, on Fastify: CORS, rate limits, body limits and static files come
 * from Fastify's own plugins; this file holds the routes and the problem documents.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { SubmissionSchema } from '../../src/schema/submission.js';
import { IdSchema } from '../../src/schema/text.js';
import { CODING_VERSION, createAggregator } from '../../src/components/summary/aggregate.js';
import { isAdminToken } from './admin-token.js';
import { adminView, CampaignInputSchema, campaignRow, campaignState, instrumentOf, originsOf, publicView } from './campaign.js';
import type { Limits } from './config.js';
import { CONTENT_TYPES, exportText, FORMATS, type ExportFormat } from './export.js';
import { langOf, Problem, type Lang, type ProblemIssue } from './problems.js';
import { coderFor, countedText, type CampaignGate, type CampaignRow, type CodedColumns, type InsertOutcome, type Store } from './store.js';
import { canonicalHash, credential, newSecret, sameSecret } from './util.js';

export interface ServerOptions {
  store: Store;
  limits: Limits;
  /** SHA-256 of the admin token, hex. */
  adminTokenHash: string;
  trustProxy?: boolean;
  /** Where the one line per request goes; never given a body. */
  log?: (line: string) => void;
  /** The admin page's folder. */
  publicDir?: string;
}

/** The policy of the admin page; the API answers carry a policy that allows nothing. */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

function securityHeaders(reply: FastifyReply, isPage: boolean, noStore: boolean): void {
  reply.header('content-security-policy', isPage ? PAGE_CSP : API_CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  if (noStore) reply.header('cache-control', 'no-store');
}

/** The requests a member's site makes: they get CORS headers; admin requests do not. */
function isPublicRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  const method = request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? '').toUpperCase() : request.method;
  if (/^\/api\/campaigns\/[^/]+(\/instrument|\/summary)?$/.test(path) || path === '/schema/submission.schema.json') {
    return method === 'GET' || method === 'HEAD';
  }
  if (/^\/api\/campaigns\/[^/]+\/submissions$/.test(path)) return method === 'POST';
  if (/^\/api\/campaigns\/[^/]+\/submissions\/[^/]+$/.test(path)) return method === 'DELETE';
  return false;
}

let submissionSchemaText: string | undefined;

type WithId = { Params: { id: string } };

/** zod's issues as `{path, reason, message}`, in the request's language. */
function issuesOf(error: z.core.$ZodError, prefix: string[] = []): ProblemIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    reason: String((issue as { params?: { reason?: string } }).params?.reason ?? issue.code),
    message: issue.message,
  }));
}

const zodLocales = { fr: z.locales.fr(), en: z.locales.en() };

function parse<T extends z.core.$ZodType>(schema: T, value: unknown, lang: Lang) {
  return z.safeParse(schema, value, { error: zodLocales[lang].localeError });
}

/**
 * The database's disk is full, or the database cannot be reached (PostgreSQL restarting, the
 * connection cut): 503 with Retry-After, so that the element keeps the result and tries again.
 * Nothing was stored: SQLite's savepoint and PostgreSQL's statement were undone.
 */
function storageProblem(error: { code?: string }): Problem | null {
  const code = String(error.code ?? '');
  const retry = { headers: { 'retry-after': '30' } };
  if (code === 'SQLITE_FULL' || code === '53100') return new Problem('storage-full', retry);
  if (
    /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|SQLITE_BUSY|SQLITE_IOERR.*)$/.test(code) ||
    /^(08|57P)/.test(code) ||
    /Connection terminated|connection timeout/i.test(String((error as Error).message))
  ) {
    return new Problem('unavailable', { headers: { 'retry-after': '5' } });
  }
  return null;
}

function isForeignKeyError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store, limits } = options;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: limits.maxBody,
    // An id in a path is at most 100 characters; a longer path is refused before routing.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    // A path Fastify cannot read (bad percent-encoding): a problem document like any other,
    // rather than Fastify's own answer, which quotes the path.
    // Fastify's hooks do not run for it: the security headers are set here.
    frameworkErrors: (_error, request, reply) => {
      securityHeaders(reply, false, true);
      sendProblem(request, reply, new Problem('bad-request'));
    },
  });
  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain');
  // JSON in UTF-8 only, decoded strictly: a body with broken bytes (or in Latin-1) is refused,
  // rather than stored with replacement characters where a member's words were. Fastify's own
  // parser then reads it, refusing `__proto__` and `constructor.prototype` keys as before.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new Problem('invalid-encoding'), undefined);
      return;
    }
    jsonParser(request, text, done);
  });

  const isAdmin = (request: FastifyRequest) => isAdminToken(credential(request.headers.authorization, 'Bearer'), options.adminTokenHash);

  await app.register(cors, {
    // The public routes answer any site (no cookies are ever used); a campaign's own list of
    // sites is checked by the route, so that the refusal can be read and shown by the element.
    // Admin routes answer only their own page.
    delegator: (request, callback) => {
      callback(null, {
        origin: isPublicRequest(request),
        methods: ['GET', 'POST', 'DELETE'],
        allowedHeaders: ['Content-Type', 'Authorization'],
        // So that a member's page can read when to try again after a 429 or a 503.
        exposedHeaders: ['Retry-After'],
        maxAge: 600,
        credentials: false,
      });
    },
  });

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new Problem('rate-limited'),
  });

  // One line per request: method, path, status, time. Never a body, never a query's values.
  app.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?')[0];
    log(`${new Date().toISOString()} ${request.method} ${path} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    securityHeaders(reply, String(reply.getHeader('content-type') ?? '').startsWith('text/html'), request.url.startsWith('/api/'));
    return payload;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) problem = error;
    else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) problem = new Problem('too-large');
    else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) problem = new Problem('unsupported-media-type');
    else if (error.statusCode === 429) problem = new Problem('rate-limited');
    else if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) problem = new Problem('invalid-json');
    else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) problem = new Problem('bad-request');
    else if (storageProblem(error)) {
      log(`${new Date().toISOString()} error ${error.name} ${error.code ?? ''}`.trimEnd());
      problem = storageProblem(error)!;
    }
    else {
      // The error's name and code only: a message could quote what was sent.
      log(`${new Date().toISOString()} error ${error.name} ${error.code ?? ''}`.trimEnd());
      problem = new Problem('server-error');
    }
    sendProblem(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, new Problem('not-found')));

  function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
    const lang = langOf(request.headers['accept-language']);
    if (problem.kind === 'unauthorized') reply.header('www-authenticate', 'Bearer realm="partenariat-collect"');
    for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
    reply
      .code(problem.status)
      .header('content-language', lang)
      .type('application/problem+json; charset=utf-8')
      .send(JSON.stringify(problem.body(lang, request.url.split('?')[0])));
  }

  const lang = (request: FastifyRequest) => langOf(request.headers['accept-language']);

  async function campaignFor(id: string): Promise<CampaignRow> {
    if (!z.safeParse(IdSchema, id).success) throw new Problem('campaign-not-found');
    const row = await store.getCampaign(id);
    if (!row) throw new Problem('campaign-not-found');
    return row;
  }

  async function gateFor(id: string): Promise<CampaignGate> {
    if (!z.safeParse(IdSchema, id).success) throw new Problem('campaign-not-found');
    const row = await store.getCampaignGate(id);
    if (!row) throw new Problem('campaign-not-found');
    return row;
  }

  const minute = 60_000;
  const adminRoute = {
    bodyLimit: limits.maxAdminBody,
    // Requests with the right token are never counted; wrong or missing tokens are.
    config: { rateLimit: { max: limits.adminFailRate, timeWindow: minute, allowList: (request: FastifyRequest) => isAdmin(request) } },
    preHandler: async (request: FastifyRequest) => {
      if (!isAdmin(request)) throw new Problem('unauthorized');
    },
  };
  const readRoute = { config: { rateLimit: { max: limits.readRate, timeWindow: minute } } };
  // A public read that also tries an admin token (the summary): a wrong token is counted apart,
  // at the admin routes' rate, so that it cannot be used to guess the token at the read rate.
  const wrongToken = (request: FastifyRequest) => credential(request.headers.authorization, 'Bearer') !== null && !isAdmin(request);
  const readOrAdminRoute = {
    config: {
      rateLimit: {
        timeWindow: minute,
        keyGenerator: (request: FastifyRequest) => (wrongToken(request) ? `token:${request.ip}` : request.ip),
        max: (_request: FastifyRequest, key: string) => (key.startsWith('token:') ? limits.adminFailRate : limits.readRate),
      },
    },
  };
  const submitRoute = { config: { rateLimit: { max: limits.submitRate, timeWindow: minute, groupId: 'submit' } } };

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
    } catch {
      throw new Problem('unavailable');
    }
    return reply.send({ ok: true, db: store.kind });
  });

  app.get('/schema/submission.schema.json', readRoute, async (_request, reply) =>
    reply.type('application/schema+json').send(submissionSchemaText ??= await readFile(new URL('./submission.schema.json', import.meta.url), 'utf8')),
  );

  // ---- campaigns ----

  app.get('/api/campaigns', adminRoute, async () => (await store.listCampaigns()).map(adminView));

  app.put<WithId>('/api/campaigns/:id', adminRoute, async (request, reply) => {
    const id = request.params.id;
    const idCheck = z.safeParse(IdSchema, id);
    if (!idCheck.success) throw new Problem('invalid-campaign', { issues: issuesOf(idCheck.error, ['id']) });
    const parsed = parse(CampaignInputSchema, request.body, lang(request));
    if (!parsed.success) throw new Problem('invalid-campaign', { issues: issuesOf(parsed.error) });
    const outcome = await store.putCampaign(campaignRow(id, parsed.data));
    if (outcome === 'instrument-locked') throw new Problem('instrument-locked');
    const row = (await store.getCampaign(id))!;
    return reply.code(outcome === 'created' ? 201 : 200).send(publicView(row));
  });

  app.delete<WithId>('/api/campaigns/:id', adminRoute, async (request, reply) => {
    if (!(await store.deleteCampaign(request.params.id))) throw new Problem('campaign-not-found');
    return reply.code(204).send();
  });

  app.get<WithId>('/api/campaigns/:id', readRoute, async (request) => publicView(await campaignFor(request.params.id)));

  app.get<WithId>('/api/campaigns/:id/instrument', readRoute, async (request) => instrumentOf(await campaignFor(request.params.id)));

  // The same figures as <partenariat-summary> works out (one aggregate() for both), never a raw
  // result. Public (publicSummary), it shows nothing but how many while there are fewer than
  // minGroup, so that a small campaign gives no member's answers away.
  app.get<WithId & { Querystring: { groupBy?: string } }>('/api/campaigns/:id/summary', readOrAdminRoute, async (request) => {
    const campaign = await campaignFor(request.params.id);
    const admin = isAdmin(request);
    if (campaign.public_summary !== 1 && !admin) throw new Problem('unauthorized');
    const instrument = instrumentOf(campaign);
    const minGroup = campaign.min_group;
    if (!admin) {
      const n = await store.count(campaign.id);
      if (n < minGroup) return { format: 'partenariat-summary', version: 1, instrument: { id: instrument.id, version: instrument.version }, n, minGroup, withheld: true };
    }
    const groupBy = typeof request.query.groupBy === 'string' ? request.query.groupBy : undefined;
    // One stored result at a time, counted and let go: what the summary reads of each (not the
    // whole envelope), and nothing kept per result, since the database holds one row per result id.
    // Most are read as they were coded when they arrived (for this questionnaire, whose hash the
    // row keeps), without reading the result again; the profile only when it groups.
    const aggregator = createAggregator(instrument, { groupBy, minGroup, uniqueIds: true });
    // The profiles (the choice fields' values) repeat from row to row: each text is parsed once,
    // for the first few hundred kinds (a profile is read, never changed, by the aggregator).
    const profiles = new Map<string, Record<string, string>>();
    const profileOf = (text: string) => {
      let profile = profiles.get(text);
      if (!profile) {
        profile = JSON.parse(text) as Record<string, string>;
        if (profiles.size < 500) profiles.set(text, profile);
      }
      return profile;
    };
    const noProfile = {};
    await store.eachCounted(campaign.id, { version: CODING_VERSION, instrumentHash: campaign.instrument_hash }, (row) => {
      if (row[0] === 0) aggregator.addCoded({ id: row[1], updatedAt: row[2], profile: groupBy ? profileOf(row[3]) : noProfile, answers: row[4] });
      else aggregator.add(row[0] === 1 ? JSON.parse(row[2]) : (JSON.parse(row[2]) as { result: unknown }).result);
    });
    return { ...aggregator.finish(), minGroup };
  });

  // ---- submissions ----

  app.get<WithId & { Querystring: { format?: string } }>('/api/campaigns/:id/submissions', adminRoute, async (request, reply) => {
    const format = (request.query.format ?? 'json') as ExportFormat;
    if (!FORMATS.includes(format)) {
      throw new Problem('bad-request', { issues: [{ path: 'format', reason: 'unknown-format', message: FORMATS.join(', ') }] });
    }
    const campaign = await campaignFor(request.params.id);
    const text = exportText(format, instrumentOf(campaign), await store.listSubmissions(campaign.id));
    if (format !== 'json') reply.header('content-disposition', `attachment; filename="${campaign.id}.${format}"`);
    return reply.type(CONTENT_TYPES[format]).send(text);
  });

  /**
   * The coder of each campaign's questionnaire, by campaign id, with the hash of the questionnaire
   * it codes for: a submission is coded when it arrives, the summary then counts it without
   * reading it. Kept in this process, but never trusted: the coded row carries the hash, and the
   * summary counts only the rows of its campaign's questionnaire; a campaign whose questionnaire
   * changed (possible only without submissions) gets a new coder at its next submission.
   */
  const coders = new Map<string, { hash: string; code: (result: unknown) => CodedColumns | null }>();
  async function coderOf(campaignId: string) {
    let coder = coders.get(campaignId);
    if (!coder) {
      const campaign = await store.getCampaign(campaignId);
      if (!campaign) return undefined;
      coder = { hash: campaign.instrument_hash, code: coderFor(campaign.instrument, campaign.instrument_hash) };
      coders.set(campaignId, coder);
    }
    return coder;
  }

  app.post<WithId>('/api/campaigns/:id/submissions', submitRoute, async (request, reply) => {
    const id = request.params.id;
    if (!z.safeParse(IdSchema, id).success) throw new Problem('campaign-not-found');
    const parsed = parse(SubmissionSchema, request.body, lang(request));
    const envelope = parsed.success ? parsed.data : undefined;
    const now = new Date().toISOString();
    const coder = envelope && envelope.campaign === id ? await coderOf(id) : undefined;
    // Only an envelope that may go in is offered to the store, which then reads the campaign and
    // stores it in one go when the campaign takes it (one round trip on PostgreSQL); the checks
    // below say why not, in the same order as ever: campaign, site, envelope, dates.
    const row = envelope && envelope.campaign === id
      ? {
        campaign_id: id,
        result_id: envelope.result.id,
        receipt: newSecret(),
        content_hash: canonicalHash(envelope),
        envelope: JSON.stringify(envelope),
        received_at: now,
        counted: countedText(envelope.result),
        coded: coder ? coder.code(envelope.result) : null,
      }
      : undefined;
    const check = envelope && { origin: request.headers.origin, instrumentId: envelope.result.instrument.id, instrumentVersion: envelope.result.instrument.version, now };
    let campaign: CampaignGate | undefined;
    let outcome: InsertOutcome | undefined;
    try {
      ({ gate: campaign, outcome } = await store.submit(id, row, check));
    } catch (error) {
      // The campaign was deleted between its reading and the insert.
      if (isForeignKeyError(error)) throw new Problem('campaign-not-found');
      throw error;
    }
    if (!campaign) {
      coders.delete(id);
      throw new Problem('campaign-not-found');
    }
    // Coded for a questionnaire the campaign no longer has: not counted (see coders); the next is coded anew.
    if (coder && coder.hash !== campaign.instrument_hash) coders.delete(id);
    const origin = request.headers.origin;
    const origins = originsOf(campaign);
    if (origin && origins.length > 0 && !origins.includes(origin)) throw new Problem('origin-not-allowed');

    if (!parsed.success) throw new Problem('invalid-submission', { issues: issuesOf(parsed.error) });
    const issues: ProblemIssue[] = [];
    if (envelope!.campaign !== campaign.id) {
      issues.push({ path: 'campaign', reason: 'campaign-mismatch', message: campaign.id });
    }
    if (envelope!.result.instrument.id !== campaign.instrument_id || envelope!.result.instrument.version !== campaign.instrument_version) {
      issues.push({ path: 'result.instrument', reason: 'instrument-mismatch', message: `${campaign.instrument_id} ${campaign.instrument_version}` });
    }
    if (issues.length || !row) throw new Problem('invalid-submission', { issues });

    const answer = (status: number, receipt: string, receivedAt: string) =>
      reply.code(status).send({ id: row.result_id, receipt, receivedAt });

    const state = campaignState(campaign, new Date(now));
    if (state !== 'open') {
      // A copy already received is acknowledged again, so that a late retry is not shown as refused.
      const existing = await store.findSubmission(campaign.id, row.result_id);
      if (existing && existing.content_hash === row.content_hash) return answer(200, existing.receipt, existing.received_at);
      throw new Problem(state === 'closed' ? 'campaign-closed' : 'campaign-not-open');
    }

    if (!outcome) {
      // The store did not settle it (a copy withdrawn or committed meanwhile): as before, insert and see.
      try {
        outcome = await store.insertSubmission(row);
      } catch (error) {
        if (isForeignKeyError(error)) throw new Problem('campaign-not-found');
        throw error;
      }
    }
    if (outcome.status === 'created') return answer(201, row.receipt, row.received_at);
    if (outcome.status === 'same') return answer(200, outcome.row.receipt, outcome.row.received_at);
    const given = credential(request.headers.authorization, 'Receipt');
    if (!given) throw new Problem('result-conflict');
    if (!sameSecret(given, outcome.row.receipt)) throw new Problem('receipt-mismatch');
    if (!(await store.replaceSubmission({ ...row, receipt: outcome.row.receipt }))) throw new Problem('result-conflict');
    return answer(200, outcome.row.receipt, row.received_at);
  });

  app.delete<WithId & { Params: { resultId: string } }>('/api/campaigns/:id/submissions/:resultId', submitRoute, async (request, reply) => {
    const campaign = await gateFor(request.params.id);
    const given = credential(request.headers.authorization, 'Receipt');
    if (!given) throw new Problem('receipt-required');
    const stored = await store.receiptOf(campaign.id, request.params.resultId);
    if (stored === null) throw new Problem('submission-not-found');
    if (!sameSecret(given, stored)) throw new Problem('receipt-mismatch');
    if (!(await store.deleteSubmission(campaign.id, request.params.resultId, stored))) throw new Problem('submission-not-found');
    return reply.code(204).send();
  });

  // ---- the admin page ----
  await app.register(fastifyStatic, {
    root: options.publicDir ?? fileURLToPath(new URL('../public/', import.meta.url)),
    prefix: '/',
    index: 'index.html',
    wildcard: false,
  });
  // The elements the admin page draws with (partenariat-elements.js), built by build.mjs.
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL('./public/', import.meta.url)),
    prefix: '/',
    wildcard: false,
    decorateReply: false,
  });

  return app;
}
