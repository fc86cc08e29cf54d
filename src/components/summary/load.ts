/**
 * The text at a URL, for the summary's `src` and `instrument-src`: no cookies sent
 * (`credentials: 'omit'`), never a thrown error: a failure is said, with what the server answered.
 */
export type Loaded = { ok: true; text: string } | { ok: false; reason: 'network' | 'http'; detail: string };

export async function loadText(url: string, signal: AbortSignal): Promise<Loaded> {
  try {
    const response = await fetch(url, {
      signal,
      credentials: 'omit',
      headers: { Accept: 'application/json, application/x-ndjson;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) return { ok: false, reason: 'http', detail: `${response.status} ${response.statusText}`.trim() };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return { ok: false, reason: 'network', detail: String((error as Error)?.message ?? error) };
  }
}
