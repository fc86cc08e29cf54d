import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import type { Instrument } from '../src/schema/instrument.js';
import { button, checklist, downloadsDuring, errorsDuring, miniInstrument, settle, shadow, textOf, until, walk, withFullStorage } from './helpers.js';

/**
 * What a careful user found in the checklist: data kept or erased as promised (properties set
 * before the element is defined, set-aside copies, erasing on a full storage, two tabs, ids that
 * are names of Object.prototype), and the barriers (reflow at 320 px, long words, moves).
 */

const KEY = 'partenariat:checklist:mini';

const radio = (el: Element, item: string, value: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[name="q-${item}"][value="${value}"]`)!;

async function answer(el: PartenariatChecklist, item: string, value: string) {
  radio(el, item, value).click();
  await settle(el);
}

/** The copies set aside under `key`, oldest first. */
const setAside = (storage: Storage, key = KEY): Array<{ setAsideAt: string | null; reason: string; data: string }> =>
  JSON.parse(storage.getItem(`${key}:set-aside`) ?? '{"copies":[]}').copies;

/** The mini questionnaire at another version, with items that the earlier answers still fit. */
const version = (v: string): Instrument => ({ ...miniInstrument(), version: v });

/** Saved progress as another visit (or another tab) would have written it. */
function saved(answers: Record<string, number | 'na'>, extra: Record<string, unknown> = {}) {
  const now = new Date().toISOString();
  return {
    format: 'partenariat-progress', version: 1, instrument: { id: 'mini', version: '1' }, id: 'autre',
    startedAt: now, updatedAt: now, completedAt: null, answers, profile: {}, ...extra,
  };
}

/** Whether the page scrolls sideways. */
const pageOverflows = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

let tag = 0;
/** A new tag for the checklist class, so that an element can exist on the page before it is defined. */
const nextTag = () => `partenariat-checklist-upgrade-${++tag}`;

describe('<partenariat-checklist> keeps and erases data as promised', () => {
  describe('properties set before the element is defined', () => {
    it('takes the answers a page set before the script ran, and later ones too', async () => {
      const name = nextTag();
      const el = document.createElement(name) as PartenariatChecklist;
      el.instrument = miniInstrument();
      el.answers = { a1: 4, b1: 'na' };
      // A page may also have set a read-only property: it must not hide the real one for good.
      (el as unknown as { result: unknown }).result = { fake: true };
      document.body.append(el);
      try {
        customElements.define(name, class extends PartenariatChecklist {});
        await settle(el);
        expect(el.answers).to.deep.equal({ a1: 4, b1: 'na' });
        expect(el.result!.answers).to.deep.equal({ a1: 4, b1: 'na' });
        expect(button(el, 'Reprendre')).to.exist;
        expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 4, b1: 'na' });
        el.answers = { a2: 2 };
        await settle(el);
        expect(el.result!.answers).to.deep.equal({ a2: 2 });
        expect(Object.hasOwn(el, 'answers')).to.equal(false);
      } finally {
        el.remove();
      }
    });
  });

  describe('answers set aside', () => {
    it('keeps every earlier copy, dated, when the questionnaire changes twice, and offers them as a file', async () => {
      const make = (v: string) =>
        fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" .instrument=${version(v)}></partenariat-checklist>`);
      let el = await make('1');
      el.answers = { a1: 1, a2: 2 };
      await settle(el);
      el.remove();

      const { el: second, errors } = await errorsDuring(() => make('2'));
      expect(errors.map((e) => e.code)).to.deep.equal(['saved-data-set-aside']);
      second.answers = { a1: 2, a2: 1 };
      await settle(second);
      second.remove();

      el = await make('3');
      const copies = setAside(localStorage);
      expect(copies.map((c) => [c.reason, JSON.parse(c.data).instrument.version, JSON.parse(c.data).answers])).to.deep.equal([
        ['other-version', '1', { a1: 1, a2: 2 }],
        ['other-version', '2', { a1: 2, a2: 1 }],
      ]);
      for (const c of copies) expect(Date.parse(c.setAsideAt!)).to.be.closeTo(Date.now(), 60_000);

      const [file] = await downloadsDuring(() => button(el, 'Télécharger les réponses mises de côté (2)').click());
      expect(file.name).to.equal('mini-set-aside.json');
      const content = JSON.parse(await file.blob.text());
      expect(content.format).to.equal('partenariat-set-aside');
      expect(content.copies.map((c: { saved: { answers: object } }) => c.saved.answers)).to.deep.equal([
        { a1: 1, a2: 2 },
        { a1: 2, a2: 1 },
      ]);
      await expect(el).to.be.accessible();
    });

    it('keeps a copy set aside by an earlier version of the element, and keeps the ten newest', async () => {
      localStorage.setItem(`${KEY}:set-aside`, 'ancienne copie');
      for (let i = 0; i < 12; i++) {
        localStorage.setItem(KEY, `illisible ${i}`);
        const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
        el.remove();
      }
      const copies = setAside(localStorage);
      expect(copies.length).to.equal(10);
      expect(copies.map((c) => c.data)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `illisible ${i + 2}`));
    });

    it('says in the confirmation that erasing also erases the copies set aside, and does it', async () => {
      localStorage.setItem(KEY, '{ illisible');
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      button(el, 'Effacer nos réponses').click();
      expect(shadow(el).querySelector('#clear-text')!.textContent).to.contain('et les réponses mises de côté seront effacés');
      await walk(el, 'Oui, tout effacer');
      expect(localStorage.getItem(`${KEY}:set-aside`)).to.equal(null);
      expect(textOf(el)).to.not.contain('mises de côté (');
    });
  });

  describe('a full storage', () => {
    it('erases the saved copy with « Effacer nos réponses » even after a write failed; a reload brings nothing back', async () => {
      let el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      await walk(el, 'Commencer');
      await answer(el, 'a1', '1');
      await withFullStorage(async () => {
        await answer(el, 'a2', '2');
        expect(textOf(el)).to.contain('Ce navigateur ne permet pas d’enregistrer vos réponses');
        button(el, 'Effacer nos réponses').click();
        await walk(el, 'Oui, tout effacer');
      });
      expect(localStorage.getItem(KEY)).to.equal(null);
      el.remove();
      el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      expect(el.answers).to.deep.equal({});
    });

    it('goes back to the storage, and stops saying it cannot, once there is room again', async () => {
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      await walk(el, 'Commencer');
      await withFullStorage(() => answer(el, 'a1', '1'));
      expect(textOf(el)).to.contain('Ce navigateur ne permet pas d’enregistrer vos réponses');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({});
      await answer(el, 'a2', '3');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 1, a2: 3 });
      expect(textOf(el)).to.not.contain('Ce navigateur ne permet pas');
    });
  });

  describe('two tabs on the same saved answers', () => {
    /** A same-origin frame: its localStorage is the page's, and its writes reach the page as `storage` events, as another tab's do. */
    async function otherTab(): Promise<Storage> {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      await until(() => Boolean(frame.contentWindow?.localStorage), 'the frame');
      after(() => frame.remove());
      return frame.contentWindow!.localStorage;
    }

    it('merges the other tab’s answers item by item, tells the person, and overwrites nothing', async () => {
      const other = await otherTab();
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      await walk(el, 'Commencer');
      await answer(el, 'a1', '1');
      // The other tab, opened later, loaded {a1: 1} and answers b1.
      const theirs = JSON.parse(localStorage.getItem(KEY)!);
      const later = new Date(Date.now() + 1000).toISOString();
      other.setItem(KEY, JSON.stringify({ ...theirs, updatedAt: later, answers: { a1: 1, b1: 2 }, times: { answers: { ...theirs.times.answers, b1: later }, profile: {} } }));
      await until(() => el.answers.b1 === 2, 'the other tab’s answer');
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 1, b1: 2 });
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('Des réponses données dans un autre onglet ont été reprises ici.');
      // This tab changes a1: the other tab's b1 stays.
      await answer(el, 'a1', '2');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 2, b1: 2 });
      await expect(el).to.be.accessible();
    });

    it('merges at its next save what a tab that was asleep missed, the later change winning', async () => {
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      await walk(el, 'Commencer');
      await answer(el, 'a1', '1');
      const mine = JSON.parse(localStorage.getItem(KEY)!);
      const later = new Date(Date.now() + 1000).toISOString();
      // Written without an event reaching this tab (a tab in the background, frozen by the browser).
      localStorage.setItem(KEY, JSON.stringify({ ...mine, answers: { a1: 3, b2: 'na' }, updatedAt: later, times: { answers: { a1: later, b2: later }, profile: {} } }));
      await answer(el, 'a2', '4');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 3, a2: 4, b2: 'na' });
      expect(el.answers).to.deep.equal({ a1: 3, a2: 4, b2: 'na' });
    });

    it('erases here what the person erased in the other tab, and says so', async () => {
      const other = await otherTab();
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      await walk(el, 'Commencer');
      await answer(el, 'a1', '1');
      other.removeItem(KEY);
      await until(() => Object.keys(el.answers).length === 0, 'the erasure');
      await settle(el);
      expect(textOf(el)).to.contain('Avant de commencer');
      expect(textOf(el)).to.contain('Vos réponses ont été effacées dans un autre onglet.');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('leaves alone what another questionnaire keeps, and other keys', async () => {
      const other = await otherTab();
      const el = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      el.answers = { a1: 1 };
      await settle(el);
      other.setItem(`${KEY}:autre`, JSON.stringify(saved({ a1: 4, b1: 4 })));
      await new Promise((r) => setTimeout(r, 50));
      expect(el.answers).to.deep.equal({ a1: 1 });
    });
  });

  describe('ids that are names of Object.prototype', () => {
    const tricky = (): Instrument => ({
      id: 'proto',
      version: '1',
      title: 'Ids piégés',
      scale: { choices: [{ value: 1, label: 'Non' }, { value: 2, label: 'Oui' }], notApplicable: { label: 'Ne s’applique pas' } },
      sections: [{ id: 'constructor', title: 'S' }],
      bands: [{ id: 'toString', min: 0, label: 'B', recommend: true }],
      profile: [{ id: 'valueOf', type: 'text', label: 'Nom' }],
      items: [
        { id: 'constructor', section: 'constructor', text: 'A', recommendation: 'Ra' },
        { id: 'valueOf', section: 'constructor', text: 'B' },
        { id: 'toString', section: 'constructor', text: 'C' },
        { id: 'hasOwnProperty', section: 'constructor', text: 'D' },
        { id: 'n', section: 'constructor', text: 'E' },
      ],
    });

    it('counts, scores and saves them as items, and never writes to a built-in prototype', async () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const form = await fixture<HTMLFormElement>(html`<form>
        <partenariat-checklist name="r" required .instrument=${tricky()}></partenariat-checklist>
      </form>`);
      const el = form.querySelector('partenariat-checklist')!;
      await walk(el, 'Commencer');
      await answer(el, 'n', '2');
      expect(shadow(el).querySelector('.progress-text')!.textContent).to.contain('Questions avec réponse\u00a0: 1 sur 5');
      expect(radio(el, 'constructor', '1').checked).to.equal(false);
      await walk(el, 'Terminer');
      expect(textOf(el)).to.contain('4 questions sont sans réponse');
      expect(el.result!.scores.overall.answered).to.equal(1);
      await walk(el, 'Voir nos résultats');
      shadow(el).querySelector<HTMLInputElement>('#consent')!.click();
      await settle(el);
      expect(form.checkValidity(), 'four items are blank').to.equal(false);

      await walk(el, 'Modifier nos réponses');
      await answer(el, 'constructor', '1');
      await answer(el, 'toString', 'na');
      expect(el.result!.scores.overall).to.include({ answered: 2, notApplicable: 1 });
      expect(el.result!.recommendations.map((r) => r.item)).to.deep.equal(['constructor']);
      el.remove();
      const again = await checklist(html`<partenariat-checklist .instrument=${tricky()}></partenariat-checklist>`);
      expect(again.answers).to.deep.equal({ n: 2, constructor: 1, toString: 'na' });
      // The profile field `valueOf`, filled in and read back.
      await walk(again, 'Précédent');
      const field = shadow(again).querySelector<HTMLInputElement>('#profile-valueOf')!;
      expect(field.value).to.equal('');
      field.value = 'Association';
      field.dispatchEvent(new Event('change'));
      await settle(again);
      expect(again.result!.profile).to.deep.equal({ valueOf: 'Association' });
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      expect(({} as Record<string, unknown>).n).to.equal(undefined);
    });
  });
});

describe('<partenariat-checklist> barriers', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`reflows at 320 CSS px in every view (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist lang=${lang}></partenariat-checklist>`);
      const views: string[] = [];
      const check = async (view: string) => {
        await settle(el);
        views.push(view);
        expect(document.documentElement.scrollWidth, view).to.be.at.most(320);
      };
      const t = (fr: string, en: string) => (lang === 'fr' ? fr : en);
      await check('intro');
      await walk(el, t('Commencer', 'Start'));
      await check('section');
      for (let i = 0; i < 5; i++) await walk(el, t('Suivant', 'Next'));
      await walk(el, t('Terminer', 'Finish'));
      await check('review');
      el.answers = Object.fromEntries(el.activeInstrument!.items.map((item, i) => [item.id, (i % 5) + 1]));
      await walk(el, t('Voir nos résultats', 'See our results'));
      await check('results');
      // The table of numbers scrolls in its own box, a focusable region named by its caption.
      const scroller = shadow(el).querySelector<HTMLElement>('.table-scroll')!;
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.tabIndex).to.equal(0);
      expect(shadow(el).getElementById(scroller.getAttribute('aria-labelledby')!)!.tagName).to.equal('CAPTION');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      await expect(el).to.be.accessible();
      button(el, t('Recommencer', 'Start over')).click();
      await check('dialog');
      expect(views).to.have.length(5);
    });
  }

  it('wraps a 10,000-character word from a questionnaire instead of widening the page', async () => {
    const word = 'x'.repeat(10_000);
    const instrument = miniInstrument();
    instrument.sections[0].title = word;
    instrument.items[0].text = word;
    instrument.scale.choices[0].label = word;
    const el = await checklist(html`<partenariat-checklist .instrument=${instrument}></partenariat-checklist>`);
    await walk(el, 'Commencer');
    expect(pageOverflows(), 'a section').to.equal(false);
    el.answers = { a1: 1, a2: 2, b1: 3, b2: 4 };
    await walk(el, 'Suivant', 'Terminer', 'Voir nos résultats');
    expect(pageOverflows(), 'the results').to.equal(false);
    const row = shadow(el).querySelector('.score-row')!;
    const [label, band] = [...row.children].map((c) => c.getBoundingClientRect());
    expect(label.right, 'the section’s name stays clear of its band').to.be.at.most(band.left);
  });

  it('speaks the language of the part of the page it is moved into, at once', async () => {
    const wrapper = await fixture(html`<div><div lang="fr" id="fr"></div><div lang="en" id="en"></div></div>`);
    const el = document.createElement('partenariat-checklist');
    el.instrument = miniInstrument();
    wrapper.querySelector('#fr')!.append(el);
    await settle(el);
    expect(button(el, 'Commencer')).to.exist;
    wrapper.querySelector('#en')!.append(el);
    await settle(el);
    expect(button(el, 'Start')).to.exist;
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
    wrapper.querySelector('#fr')!.append(el);
    await settle(el);
    expect(button(el, 'Commencer')).to.exist;
  });

  it('closes its confirmation when it is moved, rather than leave it open outside the top layer', async () => {
    const wrapper = await fixture(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('partenariat-checklist');
    el.instrument = miniInstrument();
    wrapper.querySelector('#a')!.append(el);
    await settle(el);
    button(el, 'Effacer nos réponses').click();
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    wrapper.querySelector('#b')!.append(el);
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(dialog.matches(':modal')).to.equal(false);
  });

  it('asks for no autofocus (refused in cross-origin frames), and still puts the focus on « Annuler »', async () => {
    const el = await checklist();
    expect(shadow(el).querySelector('[autofocus]')).to.equal(null);
    button(el, 'Effacer nos réponses').click();
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Annuler');
  });
});
