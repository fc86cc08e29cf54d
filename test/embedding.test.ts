import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers.js';

/** Loads the library from source in a fresh same-origin frame whose page is `body`. */
async function frame(head: string, body: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px';
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>${head}
    <script type="module" src="/src/index.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow! as Window & typeof globalThis;
  const start = performance.now();
  while (!win.customElements.get('partenariat-checklist')) {
    if (performance.now() - start > 5000) throw new Error('the library did not load in the frame');
    await new Promise((r) => setTimeout(r, 20));
  }
  return iframe;
}

function buttonIn(root: ShadowRoot, label: string) {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

const tick = () => new Promise((r) => setTimeout(r, 30));

describe('embedding in other people’s pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works under a strict Content-Security-Policy (no inline script or style, no eval)', async () => {
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:`;
    const iframe = await frame(
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      `<partenariat-checklist></partenariat-checklist>`,
    );
    const doc = iframe.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
    const el = doc.querySelector('partenariat-checklist')!;
    const root = el.shadowRoot!;
    await tick();
    buttonIn(root, 'Commencer').click();
    await tick();
    root.querySelector<HTMLInputElement>('input[type="radio"][value="3"]')!.click();
    await tick();
    // Walk to the results: bars are sized, the result is built and validated.
    for (let i = 0; i < 10 && !root.querySelector('[part="results"]'); i++) {
      const next = [...root.querySelectorAll('button')].find((b) => /^(Suivant|Terminer|Voir nos résultats)$/.test(b.textContent!.trim()));
      next!.click();
      await tick();
    }
    expect(root.querySelector('[part="results"]')).to.exist;
    const bar = root.querySelector<HTMLElement>('.meter > span')!;
    expect(bar.style.inlineSize).to.match(/%$/);
    // Parsing outside data (a radar's series, a fetched questionnaire) needs no eval either.
    const radar = doc.createElement('partenariat-radar');
    (radar as unknown as { series: unknown }).series = [{ label: 'Nous', values: { financier: 50, expertise: 75, reseautage: 25, 'innovation-sociale': 100 } }];
    doc.body.append(radar);
    // The role table sets its layout's figures through the CSSOM, never a style attribute.
    const roles = doc.createElement('partenariat-roles');
    roles.setAttribute('template', 'municipalite');
    roles.setAttribute('autosave', 'off');
    doc.body.append(roles);
    const fetched = doc.createElement('partenariat-checklist');
    fetched.setAttribute('src', '/demo/samples/instrument-federation.json');
    fetched.setAttribute('storage-key', 'csp');
    doc.body.append(fetched);
    const start = performance.now();
    while (!fetched.shadowRoot?.querySelector('h2[part="title"]') && performance.now() - start < 5000) await tick();
    expect(fetched.shadowRoot!.querySelector('h2[part="title"]')).to.exist;
    expect(radar.shadowRoot!.querySelectorAll('g.series').length).to.equal(1);
    expect(roles.shadowRoot!.querySelector('table')!.style.getPropertyValue('--_partners')).to.equal('3');
    expect(violations).to.deep.equal([]);
  });

  it('says in words when the page’s Content-Security-Policy blocks a send, and does not retry it', async () => {
    // connect-src 'self': the collector on another origin is out of bounds, as on a page that forgot it.
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'`;
    const iframe = await frame(
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      `<partenariat-checklist autosave="off" submit-url="http://127.0.0.1:9/api/campaigns/c/submissions" recipient="la Fédération"></partenariat-checklist>`,
    );
    const doc = iframe.contentDocument!;
    const el = doc.querySelector('partenariat-checklist')! as HTMLElement & { answers: Record<string, number> };
    const root = el.shadowRoot!;
    const events: Array<{ status: string; error?: { status: number } }> = [];
    el.addEventListener('partenariat-submit', (e) => events.push((e as CustomEvent).detail));
    await tick();
    el.answers = { 'collaboration-structuree': 3 };
    for (const label of ['Commencer', 'Suivant', 'Suivant', 'Suivant', 'Suivant', 'Suivant', 'Terminer', 'Voir nos résultats']) {
      buttonIn(root, label).click();
      await tick();
    }
    root.querySelector<HTMLInputElement>('#send-consent')!.click();
    await tick();
    buttonIn(root, 'Envoyer nos résultats').click();
    await until(() => events.some((e) => e.status === 'failed'), 'the failure');
    const status = root.querySelector('.send [role="status"]')!.textContent!;
    expect(status).to.contain('La politique de sécurité de cette page (Content-Security-Policy) empêche l’envoi vers http://127.0.0.1:9');
    expect(events.map((e) => e.status)).to.deep.equal(['queued', 'failed']);
    expect(events[1].error!.status).to.equal(-1);
  });

  it('merges the answers of two tabs on the same saved place, each one’s change kept', async () => {
    const a = await frame('', `<partenariat-checklist autosave="local" storage-key="tabs"></partenariat-checklist>`);
    const b = await frame('', `<partenariat-checklist autosave="local" storage-key="tabs"></partenariat-checklist>`);
    type El = HTMLElement & { answers: Record<string, number | string> };
    const [ea, eb] = [a, b].map((f) => f.contentDocument!.querySelector('partenariat-checklist') as El);
    const radio = (el: El, item: string, value: number) =>
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q-${item}"][value="${value}"]`)!;
    await tick();
    buttonIn(ea.shadowRoot!, 'Commencer').click();
    buttonIn(eb.shadowRoot!, 'Commencer').click();
    await tick();
    radio(ea, 'collaboration-structuree', 1).click();
    await until(() => eb.answers['collaboration-structuree'] === 1, 'the first tab’s answer in the second');
    radio(eb, 'objectifs-mission', 2).click();
    await until(() => ea.answers['objectifs-mission'] === 2, 'the second tab’s answer in the first');
    radio(ea, 'collaboration-structuree', 4).click();
    await until(() => eb.answers['collaboration-structuree'] === 4, 'the change');
    const saved = JSON.parse(localStorage.getItem('partenariat:checklist:partenariat-autodiagnostic:tabs')!).answers;
    expect(saved).to.deep.include({ 'collaboration-structuree': 4, 'objectifs-mission': 2 });
    expect(ea.answers).to.deep.equal(eb.answers);
    expect(eb.shadowRoot!.textContent).to.contain('Des réponses données dans un autre onglet ont été reprises ici.');
  });

  it('keeps its look whatever CSS the host page has', async () => {
    const iframe = await frame(
      `<link rel="stylesheet" href="/test/fixtures/hostile.css">`,
      `<partenariat-checklist></partenariat-checklist>`,
    );
    const el = iframe.contentDocument!.querySelector('partenariat-checklist')!;
    await tick();
    const start = buttonIn(el.shadowRoot!, 'Commencer');
    const style = iframe.contentWindow!.getComputedStyle(start);
    expect(style.display).to.not.equal('none');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(start.getBoundingClientRect().height).to.be.greaterThan(20);
    start.click();
    await tick();
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(iframe.contentWindow!.getComputedStyle(radio).display).to.not.equal('none');
    const legend = iframe.contentWindow!.getComputedStyle(el.shadowRoot!.querySelector('legend')!);
    expect([legend.fontVariant, legend.wordSpacing, legend.textIndent, legend.whiteSpace, legend.direction]).to.deep.equal(
      ['normal', '0px', '0px', 'normal', 'ltr'],
    );
  });

  it('keeps the radar and the role table whole whatever CSS the host page has', async () => {
    const iframe = await frame(
      `<link rel="stylesheet" href="/test/fixtures/hostile.css">`,
      `<partenariat-radar></partenariat-radar><partenariat-roles template="association-office" storage-key="hostile"></partenariat-roles>`,
    );
    const win = iframe.contentWindow!;
    const doc = iframe.contentDocument!;
    await tick();
    const radar = doc.querySelector('partenariat-radar')!.shadowRoot!;
    await until(() => radar.querySelector('svg text.axis-label') !== null, 'the radar to be drawn');
    const svg = radar.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(200);
    const label = win.getComputedStyle(radar.querySelector('svg text.axis-label')!);
    expect([label.textTransform, label.letterSpacing, label.fontStyle, label.fontVariant]).to.deep.equal(['none', 'normal', 'normal', 'normal']);
    const roles = doc.querySelector('partenariat-roles')!.shadowRoot!;
    const table = roles.querySelector('table')!;
    const tableStyle = win.getComputedStyle(table);
    expect([tableStyle.display, tableStyle.borderCollapse, tableStyle.captionSide, tableStyle.direction]).to.deep.equal(['table', 'collapse', 'top', 'ltr']);
    const cell = roles.querySelector('tbody select')!;
    expect(win.getComputedStyle(cell).display).to.not.equal('none');
    expect(cell.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('adds no attribute of its own on upgrade, so that a page rendered on a server hydrates without a mismatch', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><partenariat-checklist lang="fr"></partenariat-checklist></div>`);
    const el = box.querySelector('partenariat-checklist')!;
    await el.updateComplete;
    // What a server would have rendered is still what the page holds.
    expect(box.innerHTML.replace(/<!--.*?-->/g, '')).to.equal('<partenariat-checklist lang="fr"></partenariat-checklist>');
    expect(el.layout).to.equal('steps');
    // A value set afterwards is reflected, for the page's CSS.
    el.layout = 'single';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('single');
    el.name = 'autodiagnostic';
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('autodiagnostic');
  });

  it('hides the fallback text a page puts inside each element once the element is defined (no slot)', async () => {
    const fallback = (id: string) => `<span id="${id}">Le script ne s’est pas chargé.</span>`;
    const iframe = await frame(
      '',
      `<partenariat-checklist>${fallback('c')}</partenariat-checklist>
       <partenariat-radar>${fallback('r')}</partenariat-radar>
       <partenariat-roles>${fallback('t')}</partenariat-roles>`,
    );
    const doc = iframe.contentDocument!;
    await until(() => doc.querySelector('partenariat-roles')!.shadowRoot!.querySelector('table') !== null);
    for (const id of ['c', 'r', 't']) {
      const span = doc.getElementById(id)!;
      expect(span.parentElement!.shadowRoot, id).to.exist;
      expect(span.parentElement!.shadowRoot!.querySelector('slot'), `${id}: no slot`).to.equal(null);
      expect(span.getClientRects().length, `${id}: not rendered`).to.equal(0);
      expect(span.checkVisibility(), `${id}: not visible`).to.equal(false);
    }
    // The element's own text is what shows.
    expect(doc.querySelector('partenariat-checklist')!.shadowRoot!.textContent).not.to.contain('Le script ne s’est pas chargé.');
  });

  it('tolerates the registering module being loaded twice', async () => {
    const first = customElements.get('partenariat-checklist');
    await import(/* @vite-ignore */ `/src/partenariat-checklist.ts?copy=${Date.now()}`);
    expect(customElements.get('partenariat-checklist')).to.equal(first);
  });
});
