import { decodeUtf8 } from './files.js';

/**
 * The text at a URL, for the summary's `src` and `instrument-src`: no cookies sent
 * (`credentials: 'omit'`), never a thrown error: a failure is said, with what the server answered.
 * An answer that is not UTF-8 is a failure (`encoding`), as the checklist's `src` refuses one.
 */
export type Loaded = { ok: true; text: string } | { ok: false; reason: 'network' | 'http' | 'encoding'; detail: string };

export async function loadText(url: string, signal: AbortSignal): Promise<Loaded> {
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      headers: { Accept: 'application/json, application/x-ndjson;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) return { ok: false, reason: 'http', detail: `${response.status} ${response.statusText}`.trim() };
    const text = decodeUtf8(await response.arrayBuffer());
    return text === undefined ? { ok: false, reason: 'encoding', detail: '' } : { ok: true, text };
  } catch (error) {
    return { ok: false, reason: 'network', detail: String((error as Error)?.message ?? error) };
  }
}
