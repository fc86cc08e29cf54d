import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import { button, settle, shadow, submits, until, walk } from './helpers.js';

/**
 * The whole loop in a real browser against a real collector on loopback (started beside the
 * test server by test/collector-plugin.mjs): consent, sending, a network that fails, a reload,
 * a server error, withdrawal. The collector's own suite covers its contract in full.
 */

interface Stored {
  id: string;
  receivedAt: string;
  consent: { recipient: string; wording: string };
  result: { id: string; answers: Record<string, unknown> };
}

let campaigns = 0;
async function campaign(): Promise<{ id: string; url: string }> {
  const id = `loop-${Date.now().toString(36)}-${++campaigns}`;
  const { url } = (await executeServerCommand('collector-campaign', { id, origin: location.origin })) as { url: string };
  return { id, url };
}
const stored = async (id: string) => (await executeServerCommand('collector-submissions', { id })) as Stored[];

/** Replaces `fetch` until `restore()`: `answer` decides each request (return undefined to let it through). */
function intercept(answer: (url: string, init: RequestInit) => Response | Error | undefined) {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const decided = answer(String(input), init);
    if (decided instanceof Error) throw decided;
    return decided ?? original(input, init);
  };
  const restore = () => (window.fetch = original);
  after(restore);
  return restore;
}

async function toResults(url: string) {
  const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" submit-url=${url} recipient="la Fédération d’essai"></partenariat-checklist>`);
  el.answers = { 'collaboration-structuree': 4, 'objectifs-mission': 'na' };
  await walk(el, 'Commencer', 'Suivant', 'Suivant', 'Suivant', 'Suivant', 'Suivant', 'Terminer', 'Voir nos résultats');
  return el;
}

const status = (el: Element) => shadow(el).querySelector('.send [role="status"]')!.textContent!.trim();

async function send(el: PartenariatChecklist) {
  shadow(el).querySelector<HTMLInputElement>('#send-consent')!.click();
  await settle(el);
  button(el, 'Envoyer nos résultats').click();
}

describe('the checklist and a real collector', () => {
  it('sends only after consent, and the collector stores it once, with the consent', async () => {
    const { id, url } = await campaign();
    const seen = submits();
    const el = await toResults(url);
    // The campaign's title comes from the collector.
    await until(() => shadow(el).textContent!.includes('Campagne d’essai'), 'the campaign’s title');
    expect(await stored(id)).to.deep.equal([]);
    await send(el);
    await until(() => seen.some((s) => s.status === 'sent'), 'the receipt', 5000);
    const rows = await stored(id);
    expect(rows).to.have.length(1);
    expect(rows[0].result.id).to.equal(el.result!.id);
    expect(rows[0].result.answers).to.deep.equal({ 'collaboration-structuree': 4, 'objectifs-mission': 'na' });
    expect(rows[0].consent).to.deep.include({ recipient: 'la Fédération d’essai', wording: 'send-consent-2' });
    expect(seen.find((s) => s.status === 'sent')!.receipt).to.be.a('string').and.not.equal('');
    await settle(el);
    expect(status(el)).to.match(/^Résultats transmis à la Fédération d’essai le .+ Numéro de reçu\s: .+\.$/);
  });

  it('keeps a send made offline across a reload, then delivers it exactly once', async () => {
    const { id, url } = await campaign();
    const restore = intercept((to) => (to.startsWith(url) ? new TypeError('Failed to fetch') : undefined));
    let el = await toResults(url);
    await send(el);
    await until(() => status(el).startsWith('En attente d’une connexion'), 'waiting');
    el.remove();
    expect(await stored(id)).to.deep.equal([]);
    restore();
    const seen = submits();
    // The next visit: the outbox is read back and delivered.
    el = await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" submit-url=${url}></partenariat-checklist>`);
    await until(() => seen.some((s) => s.status === 'sent'), 'the delivery', 5000);
    await new Promise((r) => setTimeout(r, 300));
    const rows = await stored(id);
    expect(rows.map((r) => r.result.id)).to.deep.equal([el.result!.id]);
  });

  it('counts once a result whose first attempt met a server error', async () => {
    const { id, url } = await campaign();
    let failed = 0;
    intercept((to, init) => (to === url && init.method === 'POST' && failed++ === 0 ? new Response('{}', { status: 500 }) : undefined));
    const seen = submits();
    const el = await toResults(url);
    await send(el);
    await until(() => seen.some((s) => s.status === 'sent'), 'the second attempt', 6000);
    expect(failed).to.equal(2);
    expect((await stored(id)).length).to.equal(1);
    // The same envelope again (another tab's outbox, a lost acknowledgement): the same receipt, still one row.
    const outbox = JSON.parse(localStorage.getItem('partenariat:checklist:partenariat-autodiagnostic')!).outbox;
    const again = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(outbox.envelope) });
    expect(again.status).to.equal(200);
    expect((await again.json()).receipt).to.equal(outbox.receipt);
    expect((await stored(id)).length).to.equal(1);
  });

  it('withdraws: the collector no longer has it', async () => {
    const { id, url } = await campaign();
    const seen = submits();
    const el = await toResults(url);
    await send(el);
    await until(() => seen.some((s) => s.status === 'sent'), 'sent', 5000);
    await settle(el);
    button(el, 'Retirer nos résultats').click();
    await until(() => seen.some((s) => s.status === 'withdrawn'), 'withdrawn', 5000);
    expect(await stored(id)).to.deep.equal([]);
  });
});

describe('the checklist and a real collector, over a bad network', () => {
  it('delivers once when the acknowledgement is lost twice (the connection dropped, then timed out, after the collector stored it)', async () => {
    const { id, url } = await campaign();
    const original = window.fetch;
    let posts = 0;
    intercept((to, init) => {
      if (to !== url || init.method !== 'POST') return undefined;
      posts++;
      if (posts > 2) return undefined;
      // Through to the collector, but the answer never reaches the element.
      void original(to, init).then((r) => r.text());
      return posts === 1 ? new TypeError('Failed to fetch') : new DOMException('The operation timed out.', 'TimeoutError');
    });
    const seen = submits();
    const el = await toResults(url);
    await send(el);
    await until(() => seen.some((s) => s.status === 'sent'), 'the third attempt', 9000);
    expect(posts).to.equal(3);
    const rows = await stored(id);
    expect(rows.map((r) => r.result.id)).to.deep.equal([el.result!.id]);
    // The receipt the element keeps is the collector's, given again for the copy it already had.
    const outbox = JSON.parse(localStorage.getItem('partenariat:checklist:partenariat-autodiagnostic')!).outbox;
    const again = await original(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(outbox.envelope) });
    expect((await again.json()).receipt).to.equal(outbox.receipt);
  });

  it('delivers once when a slow first attempt arrives after the page was reloaded and the next visit sent again', async () => {
    const { id, url } = await campaign();
    const original = window.fetch;
    let slow: Promise<unknown> | undefined;
    let arrive = () => {};
    let posts = 0;
    const restore = intercept((to, init) => {
      if (to !== url || init.method !== 'POST' || posts++ > 0) return undefined;
      // The first attempt is slow: it reaches the collector only after the next visit's has
      // (the page gone, the request not); the element saw its connection fail.
      slow = new Promise<void>((r) => (arrive = r)).then(() => original(to, { ...init, signal: undefined })).then((r) => r.status);
      return new TypeError('Failed to fetch');
    });
    let el = await toResults(url);
    await send(el);
    await until(() => posts === 1, 'the first attempt');
    el.remove();
    restore();
    const seen = submits();
    el = await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" submit-url=${url}></partenariat-checklist>`);
    await until(() => seen.some((s) => s.status === 'sent'), 'the next visit’s delivery', 5000);
    arrive();
    expect(await slow, 'the late copy is acknowledged as the same').to.equal(200);
    const rows = await stored(id);
    expect(rows.map((r) => r.result.id)).to.deep.equal([el.result!.id]);
  });
});
