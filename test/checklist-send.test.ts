import { expect, fixture, html } from '@open-wc/testing';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import { SubmissionSchema } from '../src/schema/submission.js';
import { backoff } from '../src/components/checklist/outbox.js';
import { button, miniInstrument, settle, shadow, submits, textOf, until, walk } from './helpers.js';

/**
 * Sending a result to a collector with the person's consent: the requests are caught by a fake
 * `fetch` that answers as the collector's contract says (the same flows run against the real
 * collector in the collector's own suite).
 */

const URL_ = 'https://collecte.example/api/campaigns/bilan-2027/submissions';
const KEY = 'partenariat:checklist:mini';

interface Call {
  method: string;
  url: string;
  init: RequestInit;
  body?: { result: { id: string; updatedAt: string } } & Record<string, unknown>;
}

type Answer = Response | Error | ((call: Call) => Response | Error);

/** Replaces `fetch`: each call is recorded and gets the next scripted answer for its method. */
function fakeCollector(script: Partial<Record<'GET' | 'POST' | 'DELETE', Answer[]>> = {}) {
  const calls: Call[] = [];
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const call: Call = { method, url: String(input), init, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const queue = script[method as 'GET'] ?? [];
    let answer: Answer | undefined = queue.length > 1 ? queue.shift() : queue[0];
    if (typeof answer === 'function') answer = answer(call);
    if (answer instanceof Error) throw answer;
    return answer ?? new Response('{}', { status: 404 });
  };
  after(() => {
    window.fetch = original;
  });
  return { calls, restore: () => (window.fetch = original), posts: () => calls.filter((c) => c.method === 'POST') };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const created = (receipt = 'R-1') => json(201, { id: 'x', receipt, receivedAt: '2027-01-15T14:30:00.000Z' });
const campaign = json(200, { id: 'bilan-2027', title: { fr: 'Bilan des partenariats 2027', en: 'Partnership review 2027' }, open: true });

async function atResults(template = html`<partenariat-checklist submit-url=${URL_} recipient="la Fédération régionale" .instrument=${miniInstrument()}></partenariat-checklist>`) {
  const el = await fixture<PartenariatChecklist>(template);
  el.answers = { a1: 4, a2: 2, b1: 'na', b2: 3 };
  await walk(el, 'Commencer', 'Suivant', 'Terminer', 'Voir nos résultats');
  return el;
}

const consentBox = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#send-consent')!;
const status = (el: Element) => shadow(el).querySelector('.send [role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function consentAndSend(el: PartenariatChecklist) {
  consentBox(el).click();
  await settle(el);
  button(el, 'Envoyer nos résultats').click();
  await settle(el);
}

describe('<partenariat-checklist> sends its result with consent', () => {
  it('makes no request of any kind without submit-url, and shows no sending', async () => {
    const collector = fakeCollector();
    const el = await atResults(html`<partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(collector.calls).to.deep.equal([]);
    expect(shadow(el).querySelector('.send')).to.equal(null);
  });

  it('says what is sent, to whom and why, behind its own unticked consent, and sends once acknowledged', async () => {
    const collector = fakeCollector({ GET: [campaign], POST: [created('R-42')] });
    const seen = submits();
    const el = await atResults();
    await until(() => textOf(el).includes('Bilan des partenariats 2027'), 'the campaign’s title');
    await settle(el);
    const text = textOf(el);
    expect(text).to.contain('Transmettre nos résultats');
    expect(text).to.contain('À qui : la Fédération régionale. Pourquoi : « Bilan des partenariats 2027 ».');
    expect(consentBox(el).checked).to.equal(false);
    expect(button(el, 'Envoyer nos résultats').disabled).to.equal(true);
    expect(collector.posts()).to.have.length(0);
    // What would be sent can be read before consenting.
    const details = shadow(el).querySelector('details')!;
    details.open = true;
    await until(() => Boolean(shadow(el).querySelector('pre.json')), 'the JSON');
    expect(JSON.parse(shadow(el).querySelector('pre.json')!.textContent!).id).to.equal(el.result!.id);
    await expect(el).to.be.accessible();

    await consentAndSend(el);
    await until(() => status(el).startsWith('Résultats transmis'), 'the acknowledgement');
    const [post] = collector.posts();
    expect(post.url).to.equal(URL_);
    expect(post.init).to.include({ credentials: 'omit', keepalive: true });
    expect((post.init.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
    expect(SubmissionSchema.safeParse(post.body).success).to.equal(true);
    expect(post.body).to.deep.include({ format: 'partenariat-submission', version: 1, campaign: 'bilan-2027' });
    expect(post.body!.consent).to.deep.include({ recipient: 'la Fédération régionale', wording: 'send-consent-2' });
    expect(post.body!.result.id).to.equal(el.result!.id);
    expect(status(el)).to.match(/^Résultats transmis à la Fédération régionale le .+\. Numéro de reçu : R-42\.$/);
    expect(seen.map((s) => s.status)).to.deep.equal(['queued', 'sent']);
    expect(seen[1]).to.deep.include({ id: el.result!.id, receipt: 'R-42' });
    // The receipt is kept with the answers.
    expect(JSON.parse(sessionStorage.getItem(KEY)!).outbox).to.deep.include({ state: 'sent', receipt: 'R-42' });
    await expect(el).to.be.accessible();
  });

  it('names the recipient by the address’s host when no recipient is given', async () => {
    fakeCollector({ GET: [new TypeError('offline')] });
    const el = await atResults(html`<partenariat-checklist submit-url=${URL_} .instrument=${miniInstrument()}></partenariat-checklist>`);
    expect(textOf(el)).to.contain('Nous acceptons que nos résultats soient transmis à collecte.example.');
    expect(textOf(el)).to.contain('Pourquoi : « Mini questionnaire ».');
  });

  it('keeps an unsent result across a reload and delivers it exactly once when the network is back', async () => {
    const collector = fakeCollector({ GET: [new TypeError('offline')], POST: [new TypeError('Failed to fetch')] });
    const seen = submits();
    let el = await atResults();
    await consentAndSend(el);
    await until(() => status(el).startsWith('En attente d’une connexion'), 'waiting');
    expect(button(el, 'Réessayer maintenant')).to.exist;
    expect(JSON.parse(sessionStorage.getItem(KEY)!).outbox).to.deep.include({ state: 'pending', attempts: 1 });
    el.remove();
    collector.restore();

    const back = fakeCollector({ POST: [created('R-7')] });
    el = await fixture<PartenariatChecklist>(
      html`<partenariat-checklist submit-url=${URL_} recipient="la Fédération régionale" .instrument=${miniInstrument()}></partenariat-checklist>`,
    );
    await until(() => el.result !== null && JSON.parse(sessionStorage.getItem(KEY)!).outbox.state === 'sent', 'the delivery');
    await new Promise((r) => setTimeout(r, 100));
    expect(back.posts()).to.have.length(1);
    expect(seen.map((s) => s.status)).to.deep.equal(['queued', 'sent']);
  });

  it('tries again after a server error, with backoff, and stops at a refusal with the reason in words', async () => {
    const collector = fakeCollector({ POST: [json(503, {}), created()] });
    const el = await atResults();
    await consentAndSend(el);
    await until(() => status(el).startsWith('Résultats transmis'), 'the second attempt', 4000);
    expect(collector.posts()).to.have.length(2);

    const closed = await atResults(
      html`<partenariat-checklist storage-key="b" submit-url=${URL_} .instrument=${miniInstrument()}></partenariat-checklist>`,
    );
    collector.restore();
    const refusing = fakeCollector({ POST: [json(410, { title: 'Gone', detail: 'La collecte est terminée.' }, 'application/problem+json')] });
    const seen = submits();
    await consentAndSend(closed);
    await until(() => status(closed).includes('fermée'), 'the refusal');
    expect(status(closed)).to.equal('La collecte est fermée : elle ne reçoit plus de résultats.');
    expect(seen.at(-1)).to.deep.include({ status: 'failed' });
    expect(seen.at(-1)!.error).to.deep.equal({ status: 410, message: 'La collecte est fermée\u00a0: elle ne reçoit plus de résultats.' });
    await new Promise((r) => setTimeout(r, 1200));
    expect(refusing.posts(), 'no retry after a refusal').to.have.length(1);
  });

  it('withdraws the result with its receipt, and offers to send an update after a change', async () => {
    const collector = fakeCollector({ POST: [created('R-9'), json(200, { receipt: 'R-9', receivedAt: '2027-01-16T10:00:00.000Z' })], DELETE: [new Response(null, { status: 204 })] });
    const seen = submits();
    const el = await atResults();
    await consentAndSend(el);
    await until(() => status(el).startsWith('Résultats transmis'), 'sent');

    // A change after sending: the recipient has the earlier version.
    await walk(el, 'Modifier nos réponses');
    shadow(el).querySelector<HTMLInputElement>('input[name="q-a1"][value="1"]')!.click();
    await settle(el);
    el.answers = { ...el.answers };
    await walk(el, 'Suivant', 'Terminer', 'Voir nos résultats');
    expect(textOf(el)).to.contain('la Fédération régionale a la version de vos résultats du');
    button(el, 'Envoyer la mise à jour').click();
    const stored = () => JSON.parse(sessionStorage.getItem(KEY)!).outbox;
    await until(() => collector.posts().length === 2 && stored().state === 'sent', 'the update');
    const update = collector.posts()[1];
    expect((update.init.headers as Record<string, string>).Authorization).to.equal('Receipt R-9');
    expect(update.body!.result.id).to.equal(collector.posts()[0].body!.result.id);
    await settle(el);
    expect(textOf(el)).to.not.contain('a la version de vos résultats du');

    button(el, 'Retirer nos résultats').click();
    await until(() => status(el).startsWith('Résultats retirés'), 'the withdrawal');
    const del = collector.calls.find((c) => c.method === 'DELETE')!;
    expect(del.url).to.equal(`${URL_}/${encodeURIComponent(el.result!.id)}`);
    expect((del.init.headers as Record<string, string>).Authorization).to.equal('Receipt R-9');
    expect(seen.map((s) => s.status)).to.deep.equal(['queued', 'sent', 'queued', 'sent', 'withdrawn']);
    // Withdrawn, it can be sent again, with a new consent.
    expect(consentBox(el).checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('counts a withdrawal of a result the collector no longer has (404) as done', async () => {
    fakeCollector({ POST: [created('R-7')], DELETE: [json(404, { title: 'Not Found' }, 'application/problem+json')] });
    const seen = submits();
    const el = await atResults();
    await consentAndSend(el);
    await until(() => status(el).startsWith('Résultats transmis'), 'sent');
    button(el, 'Retirer nos résultats').click();
    await until(() => status(el).startsWith('Résultats retirés'), 'the withdrawal');
    const stored = JSON.parse(sessionStorage.getItem(KEY)!).outbox;
    expect(stored).to.deep.include({ state: 'withdrawn', action: 'withdraw' });
    expect(stored.receipt).to.equal(undefined);
    expect(seen.at(-1)).to.deep.include({ status: 'withdrawn' });
  });

  it('reports a send blocked by the page’s Content-Security-Policy in words and as an event, without retrying', async () => {
    const collector = fakeCollector({
      POST: [
        (call) => {
          document.dispatchEvent(
            new SecurityPolicyViolationEvent('securitypolicyviolation', {
              blockedURI: call.url, violatedDirective: 'connect-src', effectiveDirective: 'connect-src',
              originalPolicy: "connect-src 'self'", disposition: 'enforce', statusCode: 200,
            }),
          );
          return new TypeError('Failed to fetch');
        },
      ],
    });
    const seen = submits();
    const el = await atResults();
    await consentAndSend(el);
    await until(() => status(el).includes('Content-Security-Policy'), 'the report');
    expect(status(el)).to.contain('empêche l’envoi vers https://collecte.example');
    expect(seen.at(-1)).to.deep.include({ status: 'failed' });
    expect(seen.at(-1)!.error!.status).to.equal(-1);
    await new Promise((r) => setTimeout(r, 1200));
    expect(collector.posts()).to.have.length(1);
  });

  it('says that closing the page loses an unsent result when nothing is saved (autosave="off")', async () => {
    fakeCollector({ POST: [new TypeError('Failed to fetch')] });
    const el = await atResults(
      html`<partenariat-checklist autosave="off" submit-url=${URL_} .instrument=${miniInstrument()}></partenariat-checklist>`,
    );
    await consentAndSend(el);
    await until(() => status(el).startsWith('En attente'), 'waiting');
    expect(textOf(el)).to.contain('si vous la fermez avant la fin de l’envoi, ces résultats seront perdus');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('waits about a second, then doubling up to five minutes, drawn from the upper half', () => {
    expect(backoff(0, () => 0)).to.equal(500);
    expect(backoff(0, () => 1)).to.equal(1000);
    expect(backoff(3, () => 1)).to.equal(8000);
    expect(backoff(30, () => 1)).to.equal(300_000);
    expect(backoff(30, () => 0)).to.equal(150_000);
  });
});
