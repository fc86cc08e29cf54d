/** For the corpus tests: what a page shows, and what reached it that should not have. */

/** Text with its non-breaking spaces and runs of white space made one ordinary space. */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** What reached the page from outside the elements: uncaught errors, rejections, alert(), window.pwned. */
export function watchPage() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`rejection: ${String(e.reason)}`);
  const { alert, confirm, prompt } = window;
  window.alert = (m?: unknown) => void seen.push(`alert(${String(m)})`);
  window.confirm = (m?: unknown) => (seen.push(`confirm(${String(m)})`), false);
  window.prompt = (m?: unknown) => (seen.push(`prompt(${String(m)})`), null);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  delete (window as { pwned?: unknown }).pwned;
  return {
    async check() {
      // An image's onerror or a focus handler would run a moment later.
      await new Promise((r) => setTimeout(r, 50));
      if ((window as { pwned?: unknown }).pwned !== undefined) seen.push('window.pwned was set');
      if ('polluted' in {} || 'isAdmin' in {}) seen.push('Object.prototype was changed');
      return seen;
    },
    restore() {
      Object.assign(window, { alert, confirm, prompt });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
