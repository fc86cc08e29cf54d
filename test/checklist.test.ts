import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import { ResultSchema, type Result } from '../src/schema/index.js';
import type { PartenariatErrorEvent } from '../src/events/events.js';
import { button, checklist, downloadsDuring, errorsDuring, miniInstrument, settle, shadow, textOf, until, walk, withBrokenStorage } from './helpers.js';

const KEY = 'partenariat:checklist:mini';

/** The radio of `item` whose value is `value` ("na" for « ne s'applique pas »). */
const radio = (el: Element, item: string, value: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[name="q-${item}"][value="${value}"]`)!;

/** The copies set aside under the mini questionnaire's key, oldest first. */
const setAside = (storage: Storage): Array<{ setAsideAt: string | null; reason: string; data: string }> =>
  JSON.parse(storage.getItem(`${KEY}:set-aside`) ?? '{"copies":[]}').copies;

const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

async function answer(el: PartenariatChecklist, item: string, value: string) {
  radio(el, item, value).click();
  await settle(el);
}

async function press(...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
}

describe('<partenariat-checklist>', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('lang');
  });

  describe('rendering', () => {
    it('shows the default self-assessment in French with no attribute at all', async () => {
      const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist></partenariat-checklist>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Autodiagnostic de notre partenariat');
      expect(textOf(el)).to.contain('Avant de commencer');
      expect(textOf(el)).to.contain('Vos réponses sont gardées dans cet onglet seulement');
      // The optional profile of the default instrument: never required.
      const profile = shadow(el).querySelectorAll('.field input, .field select');
      expect(profile.length).to.equal(4);
      expect(textOf(el)).to.contain('Avec qui est ce partenariat ?');
      profile.forEach((f) => expect((f as HTMLInputElement).required).to.equal(false));
      expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('shows one section at a time with its progress, and announces a section once it is complete, not every answer', async () => {
      const el = await checklist();
      await walk(el, 'Commencer');
      expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Section A');
      const progress = shadow(el).querySelector('.progress-text')!;
      const status = shadow(el).querySelector('[role="status"]')!;
      const said = () => status.textContent!.replace(/\s+/g, ' ').trim();
      expect(progress.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Section 1 sur 2 — Questions avec réponse : 0 sur 4');
      expect(progress.closest('[role="status"], [aria-live]')).to.equal(null);
      expect(said()).to.equal('');
      expect(shadow(el).querySelectorAll('fieldset.item').length).to.equal(2);
      const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['1. Énoncé A1', '2. Énoncé A2']);
      // Native radios in a fieldset: five choices, « ne s'applique pas » last.
      const labels = [...shadow(el).querySelectorAll('fieldset.item')][0].querySelectorAll('label');
      expect([...labels].map((l) => l.textContent!.trim())).to.deep.equal([
        'Pas du tout', 'Un peu', 'En bonne partie', 'Tout à fait', 'Ne s’applique pas',
      ]);
      await answer(el, 'a1', '3');
      expect(progress.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Section 1 sur 2 — Questions avec réponse : 1 sur 4');
      expect(said(), 'nothing said at each answer').to.equal('');
      await answer(el, 'a2', 'na');
      expect(said()).to.equal('Section « Section A » complète. Questions avec réponse : 2 sur 4.');
      // Changing an answer of a complete section says nothing new; moving on, the focus speaks.
      await answer(el, 'a2', '4');
      expect(said()).to.equal('Section « Section A » complète. Questions avec réponse : 2 sur 4.');
      await walk(el, 'Suivant');
      expect(said()).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('passes axe in a middle section of the default self-assessment, and on its results', async () => {
      const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist></partenariat-checklist>`);
      await walk(el, 'Commencer', 'Suivant', 'Suivant');
      expect(shadow(el).querySelector('.progress-text')!.textContent).to.contain('Section 3 sur 6');
      await answer(el, 'gouvernance-claire', '2');
      await expect(el).to.be.accessible();
    });

    it('shows everything on one page with layout="single"', async () => {
      const el = await fixture<PartenariatChecklist>(
        html`<partenariat-checklist layout="single" .instrument=${miniInstrument()}></partenariat-checklist>`,
      );
      expect(shadow(el).querySelectorAll('fieldset.item').length).to.equal(4);
      expect(shadow(el).querySelectorAll('section h3').length).to.equal(2);
      await answer(el, 'b2', '4');
      await walk(el, 'Terminer');
      expect(textOf(el)).to.contain('Vérification avant les résultats');
      expect(textOf(el)).to.contain('3 questions sont sans réponse');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    for (const rootSize of ['16px', '10px']) {
      it(`shows the whole focus ring of a section heading, not cut by the section (root font size ${rootSize})`, async () => {
        document.documentElement.style.fontSize = rootSize;
        try {
          const el = await checklist();
          await walk(el, 'Commencer');
          const heading = focused(el)!;
          expect(heading.id).to.equal('step-heading');
          // The ring: a 2px outline 2px away from the heading. Sections contain their painting
          // (they are laid out only near the screen), so it must fit inside the section's box.
          const ring = 4;
          const h = heading.getBoundingClientRect();
          const box = heading.closest('section')!.getBoundingClientRect();
          expect(h.top - ring, 'top').to.be.at.least(box.top);
          expect(h.left - ring, 'left').to.be.at.least(box.left);
          expect(h.right + ring, 'right').to.be.at.most(box.right);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('lets a page size it narrower than its sections, even those not laid out yet', async () => {
      const wrapper = await fixture(html`<div style="inline-size: min-content">
        <partenariat-checklist layout="single" autosave="off"></partenariat-checklist>
      </div>`);
      const el = wrapper.querySelector('partenariat-checklist')!;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.below(500);
    });

    it('can be completed from start to results with the keyboard alone', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">Avant</button>
        <partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>
      </div>`);
      const el = wrapper.querySelector('partenariat-checklist')!;
      const completed = new Promise<Result>((resolve) =>
        el.addEventListener('partenariat-complete', (e) => resolve(e.detail)),
      );
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await press('Tab');
      expect(focused(el)!.textContent!.trim()).to.equal('Commencer');
      await press('Enter');
      await settle(el);
      // Focus lands on the new section's heading, so a screen reader says where we are.
      expect(focused(el)!.id).to.equal('step-heading');
      expect(focused(el)!.textContent).to.equal('Section A');

      // a1: Tab into the group, Space picks « Pas du tout », arrows move to « En bonne partie ».
      await press('Tab', 'Space', 'ArrowRight', 'ArrowRight');
      // a2: Tab to the next group; Space picks its first choice.
      await press('Tab', 'Space');
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 3, a2: 1 });
      await press('Tab', 'Tab');
      expect(focused(el)!.textContent!.trim()).to.equal('Suivant');
      await press('Enter');
      await settle(el);
      expect(focused(el)!.textContent).to.equal('Section B');

      // b1: « ne s'applique pas » is the last choice: ArrowLeft wraps to it.
      await press('Tab', 'Space', 'ArrowLeft');
      await press('Tab', 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight');
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 3, a2: 1, b1: 'na', b2: 4 });
      await press('Tab', 'Tab', 'Enter');
      await settle(el);
      expect(focused(el)!.textContent).to.equal('Vérification avant les résultats');
      expect(textOf(el)).to.contain('Vous avez répondu à toutes les questions.');
      await press('Tab', 'Tab');
      expect(focused(el)!.textContent!.trim()).to.equal('Voir nos résultats');
      await press('Enter');
      const result = await completed;
      await settle(el);
      expect(focused(el)!.textContent).to.equal('Vos résultats');
      // (3 + 1 + 4 − 3) / (3 × 3) = 55.6 %
      expect(result.scores.overall).to.include({ percent: 55.6, band: 'a-discuter', answered: 3, notApplicable: 1 });
    });

    it('takes a person from the review to an unanswered item, focus on its first choice', async () => {
      const el = await checklist();
      el.answers = { a1: 2, b1: 3, b2: 3 };
      await walk(el, 'Commencer', 'Suivant', 'Terminer');
      expect(textOf(el)).to.contain('Une question est sans réponse');
      await walk(el, '2. Énoncé A2');
      expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Section A');
      expect(focused(el)).to.equal(radio(el, 'a2', '1'));
    });
  });

  describe('autosave', () => {
    it('restores the answers and the place after the element is re-created (sessionStorage by default)', async () => {
      let el = await checklist();
      await walk(el, 'Commencer');
      await answer(el, 'a1', '4');
      await answer(el, 'a2', 'na');
      await walk(el, 'Suivant');
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 4, a2: 'na' });
      expect(localStorage.getItem(KEY)).to.equal(null);
      el.remove();

      el = await checklist();
      expect(el.answers).to.deep.equal({ a1: 4, a2: 'na' });
      expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Section B');
      await walk(el, 'Précédent');
      expect(radio(el, 'a1', '4').checked).to.equal(true);
      expect(radio(el, 'a2', 'na').checked).to.equal(true);
    });

    it('keeps answers across visits with autosave="local", and nothing with autosave="off"', async () => {
      const local = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
      expect(textOf(local)).to.contain('jusqu’à ce que vous les effaciez');
      await walk(local, 'Commencer');
      await answer(local, 'a1', '2');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 2 });
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      local.remove();
      localStorage.clear();

      const off = await checklist(html`<partenariat-checklist autosave="off" .instrument=${miniInstrument()}></partenariat-checklist>`);
      expect(textOf(off)).to.contain('ne sont pas enregistrées');
      await walk(off, 'Commencer');
      await answer(off, 'a1', '2');
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      off.remove();
      const again = await checklist(html`<partenariat-checklist autosave="off" .instrument=${miniInstrument()}></partenariat-checklist>`);
      expect(again.answers).to.deep.equal({});
    });

    it('keeps two checklists with the same questionnaire apart with storage-key', async () => {
      const wrapper = await fixture(html`<div>
        <partenariat-checklist storage-key="comite-1" .instrument=${miniInstrument()}></partenariat-checklist>
        <partenariat-checklist storage-key="comite-2" .instrument=${miniInstrument()}></partenariat-checklist>
      </div>`);
      const [one, two] = wrapper.querySelectorAll('partenariat-checklist');
      await walk(one, 'Commencer');
      await answer(one, 'a1', '1');
      expect(JSON.parse(sessionStorage.getItem(`${KEY}:comite-1`)!).answers).to.deep.equal({ a1: 1 });
      expect(sessionStorage.getItem(`${KEY}:comite-2`)).to.equal(null);
      expect(two.answers).to.deep.equal({});
    });

    it('lets only the first of two checklists on one key keep its answers, and tells the second', async () => {
      const { el: wrapper, errors } = await errorsDuring(() =>
        fixture(html`<div>
          <partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>
          <partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>
        </div>`),
      );
      const [one, two] = wrapper.querySelectorAll('partenariat-checklist');
      await settle(one);
      await settle(two);
      expect(errors.map((e) => e.code)).to.deep.equal(['storage-key-in-use']);
      expect(textOf(one)).to.not.contain('une autre liste de cette page');
      expect(textOf(two)).to.contain('Vos réponses ne sont pas enregistrées : une autre liste de cette page garde déjà les siennes au même endroit.');
      await walk(one, 'Commencer');
      await answer(one, 'a1', '4');
      await walk(two, 'Commencer');
      await answer(two, 'a1', '1');
      // The second neither overwrites nor clears what the first keeps.
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 4 });
      two.reset();
      await settle(two);
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 4 });
      // A reset does not hide that the answers are still not saved.
      expect(textOf(two)).to.contain('une autre liste de cette page');
      await expect(two).to.be.accessible();

      // Once the first has left the page, the second saves in its place from its next answer on.
      one.remove();
      await walk(two, 'Commencer');
      await answer(two, 'a1', '2');
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 2 });
      expect(textOf(two)).to.not.contain('une autre liste de cette page');

      // Put back, the first finds the place taken and keeps its hands off it.
      wrapper.append(one);
      await settle(one);
      await answer(one, 'a2', '3');
      expect(JSON.parse(sessionStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 2 });
      expect(textOf(one)).to.contain('une autre liste de cette page');

      // On the next visit, a checklist takes back what was kept.
      one.remove();
      two.remove();
      const again = await checklist();
      expect(again.answers).to.deep.equal({ a1: 2 });
    });

    it('lets two checklists on one key share nothing when one keeps it in the tab and the other in the browser', async () => {
      const { el: wrapper, errors } = await errorsDuring(() =>
        fixture(html`<div>
          <partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>
          <partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>
        </div>`),
      );
      const [one, two] = wrapper.querySelectorAll('partenariat-checklist');
      await settle(one);
      await settle(two);
      expect(errors).to.deep.equal([]);
      await walk(two, 'Commencer');
      await answer(two, 'a1', '2');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ a1: 2 });
      expect(JSON.parse(sessionStorage.getItem(KEY) ?? '{"answers":{}}').answers).to.deep.equal({});
    });

    it('sets corrupt saved data aside, tells the person and fires partenariat-error', async () => {
      sessionStorage.setItem(KEY, '{"format": "partenariat-progress", "answers": {');
      const { el, errors } = await errorsDuring(() => checklist());
      expect(errors.map((e) => e.code)).to.deep.equal(['saved-data-set-aside']);
      expect(errors[0].message).to.contain('illisibles');
      expect(shadow(el).querySelector('[part="notice"]')!.textContent).to.contain('illisibles');
      expect(setAside(sessionStorage).map((c) => [c.reason, c.data])).to.deep.equal([['corrupt', '{"format": "partenariat-progress", "answers": {']]);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      expect(el.answers).to.deep.equal({});
      await expect(el).to.be.accessible();
    });

    it('sets aside answers saved for another version of the questionnaire', async () => {
      const now = new Date().toISOString();
      const saved = {
        format: 'partenariat-progress', version: 1, instrument: { id: 'mini', version: '0' }, id: 'x',
        startedAt: now, updatedAt: now, completedAt: null, answers: { a1: 4 }, profile: {},
      };
      sessionStorage.setItem(KEY, JSON.stringify(saved));
      const { el, errors } = await errorsDuring(() => checklist());
      expect(errors.map((e) => e.code)).to.deep.equal(['saved-data-set-aside']);
      expect(textOf(el)).to.contain('une autre version de ce questionnaire');
      expect(setAside(sessionStorage).map((c) => [c.reason, JSON.parse(c.data).answers])).to.deep.equal([['other-version', { a1: 4 }]]);
      expect(el.answers).to.deep.equal({});
    });

    it('falls back to memory when the storage throws, says so, and loses nothing while the page lives', async () => {
      await withBrokenStorage(async () => {
        const { el, errors } = await errorsDuring(async () => {
          const created = await checklist();
          await walk(created, 'Commencer');
          await answer(created, 'a1', '3');
          return created;
        });
        expect(errors.map((e) => e.code)).to.deep.equal(['storage-unavailable']);
        expect(textOf(el)).to.contain('Ce navigateur ne permet pas d’enregistrer vos réponses');
        el.remove();
        const again = await checklist();
        expect(again.answers).to.deep.equal({ a1: 3 });
        again.remove();
        // The page's memory keeps the tab's answers and the browser's apart, as the storages do.
        const local = await checklist(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
        expect(local.answers).to.deep.equal({});
      });
    });

    it('clears every answer, after confirmation, with « Effacer nos réponses »', async () => {
      const el = await checklist();
      el.answers = { a1: 1, a2: 2 };
      await settle(el);
      expect(sessionStorage.getItem(KEY)).to.not.equal(null);
      button(el, 'Effacer nos réponses').click();
      const dialog = shadow(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
      button(el, 'Annuler').click();
      expect(dialog.open).to.equal(false);
      expect(el.answers).to.deep.equal({ a1: 1, a2: 2 });
      button(el, 'Effacer nos réponses').click();
      // Escape closes the confirmation too, and keeps the answers.
      shadow(el).querySelector<HTMLButtonElement>('dialog button')!.focus();
      await press('Escape');
      expect(dialog.open).to.equal(false);
      expect(el.answers).to.deep.equal({ a1: 1, a2: 2 });
      button(el, 'Effacer nos réponses').click();
      await walk(el, 'Oui, tout effacer');
      expect(dialog.open).to.equal(false);
      expect(el.answers).to.deep.equal({});
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      expect(textOf(el)).to.contain('Avant de commencer');
    });
  });

  describe('events and API', () => {
    it('fires input, change then partenariat-change with the result when a person answers', async () => {
      const el = await checklist();
      await walk(el, 'Commencer');
      const seen: string[] = [];
      let detail: Result | undefined;
      for (const type of ['input', 'change', 'partenariat-change']) {
        el.addEventListener(type, (e) => {
          seen.push(e.type);
          if (e.type === 'partenariat-change') detail = (e as CustomEvent<Result>).detail;
        });
      }
      const bubbled = oneEvent(document.body, 'partenariat-change');
      await answer(el, 'a2', '2');
      expect(seen).to.deep.equal(['input', 'change', 'partenariat-change']);
      expect(detail!.answers).to.deep.equal({ a2: 2 });
      expect(detail!.scores.overall.percent).to.equal(33.3);
      expect((await bubbled).composed).to.equal(true);
    });

    it('fires one input per keystroke in a profile field, then change and the result once it is committed', async () => {
      const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist></partenariat-checklist>`);
      const seen: string[] = [];
      for (const type of ['input', 'change', 'partenariat-change']) el.addEventListener(type, (e) => seen.push(e.type));
      const field = shadow(el).querySelector<HTMLInputElement>('#profile-organisation')!;
      field.focus();
      await sendKeys({ type: 'AB' });
      await press('Tab');
      await settle(el);
      expect(seen).to.deep.equal(['input', 'input', 'change', 'partenariat-change']);
      expect(el.result!.profile).to.deep.equal({ organisation: 'AB' });
      seen.length = 0;
      const region = shadow(el).querySelector<HTMLSelectElement>('#profile-region')!;
      region.focus();
      await press('ArrowDown');
      await settle(el);
      expect(seen).to.deep.equal(['input', 'change', 'partenariat-change']);
    });

    it('fires nothing on programmatic changes, and gives answers, result and toJSON()', async () => {
      const el = await checklist();
      let fired = 0;
      for (const type of ['input', 'change', 'partenariat-change', 'partenariat-complete']) {
        el.addEventListener(type, () => fired++);
      }
      el.answers = { a1: 4, a2: 'na', unknown: 3, b1: 99 } as never;
      await settle(el);
      expect(fired).to.equal(0);
      expect(el.answers, 'unknown items and values off the scale are dropped').to.deep.equal({ a1: 4, a2: 'na' });
      expect(el.result!.scores.overall).to.include({ percent: 100, answered: 1, notApplicable: 1 });
      expect(JSON.parse(JSON.stringify(el))).to.deep.equal(el.result);
      expect(ResultSchema.safeParse(el.toJSON()).success).to.equal(true);
      el.reset();
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(fired).to.equal(0);
    });

    it('accepts answers set before its questionnaire has arrived', async () => {
      const src = '/demo/samples/instrument-federation.json';
      const [first, second] = (await (await fetch(src)).json()).items.map((i: { id: string }) => i.id);
      const el = document.createElement('partenariat-checklist');
      el.src = src;
      el.answers = { [first]: 3, [second]: 'na', 'not-an-item': 2 };
      document.body.append(el);
      try {
        await until(() => el.result !== null, 'the questionnaire');
        expect(el.answers).to.deep.equal({ [first]: 3, [second]: 'na' });
        expect(el.result!.answers).to.deep.equal({ [first]: 3, [second]: 'na' });
      } finally {
        el.remove();
      }
    });

    it('keeps answers set right after a new questionnaire, and keeps them when the same one is given again', async () => {
      const el = await checklist(html`<partenariat-checklist autosave="off" .instrument=${miniInstrument()}></partenariat-checklist>`);
      const other = { ...miniInstrument(), id: 'autre' };
      el.instrument = other;
      el.answers = { a1: 3 };
      await settle(el);
      expect(el.result!.instrument.id).to.equal('autre');
      expect(el.answers).to.deep.equal({ a1: 3 });
      // A framework may hand over an equal copy on each render: nothing is lost, even unsaved.
      el.instrument = { ...other };
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 3 });
      // And a malformed questionnaire in between loses nothing either.
      el.instrument = { id: 'x' } as never;
      await settle(el);
      el.instrument = { ...other };
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 3 });
    });

    it('loads its questionnaire again when moved while it was being fetched', async () => {
      const el = document.createElement('partenariat-checklist');
      el.src = '/demo/samples/instrument-federation.json';
      const box = document.createElement('div');
      document.body.append(el);
      try {
        await el.updateComplete;
        box.append(el); // moved: the first fetch is stopped
        document.body.append(box);
        await until(() => el.result !== null, 'the questionnaire after the move');
        expect(el.result!.instrument.id).to.equal('federation-bilan-oh');
      } finally {
        box.remove();
        el.remove();
      }
    });

    it('fires partenariat-complete with the completed result on reaching the results', async () => {
      const el = await checklist();
      el.answers = { a1: 4, a2: 1, b1: 3, b2: 2 };
      await walk(el, 'Commencer', 'Suivant', 'Terminer');
      setTimeout(() => button(el, 'Voir nos résultats').click());
      const { detail } = await oneEvent(el, 'partenariat-complete');
      expect(detail.completedAt).to.be.a('string');
      expect(detail.scores.overall).to.include({ percent: 50, band: 'a-discuter' });
      await settle(el);
      expect(el.result!.completedAt).to.equal(detail.completedAt);
    });
  });

  describe('results', () => {
    async function atResults(answers: Record<string, number | 'na'>) {
      const el = await checklist();
      el.answers = answers;
      await walk(el, 'Commencer', 'Suivant', 'Terminer', 'Voir nos résultats');
      return el;
    }

    it('shows scores with their band in words, recommendations and a table of the numbers', async () => {
      const el = await atResults({ a1: 4, a2: 2, b1: 'na', b2: 3 });
      const text = textOf(el);
      expect(text).to.contain('Résultat global : 66,7 % — À discuter');
      const rows = [...shadow(el).querySelectorAll('.score-row')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'Section A À discuter (66,7 %)',
        'Section B À discuter (66,7 %)',
        'Financier Force (100 %)',
        'Expertise À travailler (33,3 %)',
      ]);
      const recs = [...shadow(el).querySelectorAll('.recommendations li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(recs).to.deep.equal(['Énoncé A2 Conseil A2', 'Énoncé B2 Conseil B2']);
      const table = shadow(el).querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Vos résultats en chiffres');
      const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
      );
      expect(cells[0]).to.deep.equal(['Résultat global', '3', '66,7 %', '3 sur 4', '1', 'À discuter']);
      expect(cells[4]).to.deep.equal(['Impact : Expertise', '2', '33,3 %', '1 sur 1', '0', 'À travailler']);
      expect(table.querySelectorAll('th[scope="col"]').length).to.equal(6);
      await expect(el).to.be.accessible();
    });

    it('shows, on request, the source passage each recommendation comes from, in French in both languages', async () => {
      const instrument = miniInstrument();
      instrument.items.find((i) => i.id === 'a2')!.source = { document: 'Fiche de la fédération', passage: 'travailler ensemble sur une base d’égalité' };
      const el = await checklist(html`<partenariat-checklist lang="en" .instrument=${instrument}></partenariat-checklist>`);
      el.answers = { a1: 4, a2: 2, b1: 'na', b2: 3 };
      await walk(el, 'Start', 'Next', 'Finish', 'See our results');
      const items = [...shadow(el).querySelectorAll('.recommendations li')];
      expect(items.length).to.equal(2);
      // Only the item that has a source offers it.
      expect(items[1].querySelector('details')).to.equal(null);
      const details = items[0].querySelector<HTMLDetailsElement>('details.source')!;
      const summary = details.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('Where does this statement come from?');
      expect(details.open).to.equal(false);
      summary.focus();
      await press('Enter');
      expect(details.open).to.equal(true);
      const passage = details.querySelector('q')!;
      expect(passage.textContent).to.equal('travailler ensemble sur une base d’égalité');
      expect(passage.lang).to.equal('fr');
      expect(details.textContent!.replace(/\s+/g, ' ')).to.contain('From: Fiche de la fédération (in French, as written');
      await expect(el).to.be.accessible();
    });

    it('downloads the result as JSON', async () => {
      const el = await atResults({ a1: 1, a2: 1, b1: 1, b2: 1 });
      const downloads = await downloadsDuring(() => button(el, 'Télécharger (JSON)').click());
      expect(downloads.length).to.equal(1);
      expect(downloads[0].name).to.match(/^mini-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse(await downloads[0].blob.text());
      expect(ResultSchema.safeParse(json).success).to.equal(true);
      expect(json.answers).to.deep.equal({ a1: 1, a2: 1, b1: 1, b2: 1 });
      expect(json.completedAt).to.be.a('string');
    });

    it('says so when nothing was answered on the scale', async () => {
      const el = await atResults({ a1: 'na', a2: 'na', b1: 'na', b2: 'na' });
      expect(textOf(el)).to.contain('il n’y a pas de score à calculer');
      expect(textOf(el)).to.contain('Aucune piste d’action pour l’instant');
    });
  });

  describe('forms', () => {
    it('carries the result JSON in the form data once the person consents; required blocks until then', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <partenariat-checklist name="autodiagnostic" required .instrument=${miniInstrument()}></partenariat-checklist>
      </form>`);
      const el = form.querySelector('partenariat-checklist')!;
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).get('autodiagnostic')).to.equal(null);
      el.answers = { a1: 4, a2: 4, b1: 4, b2: 'na' };
      await walk(el, 'Commencer', 'Suivant', 'Terminer', 'Voir nos résultats');
      // Every item answered, but nothing leaves without consent (unticked by default).
      const consent = shadow(el).querySelector<HTMLInputElement>('#consent')!;
      expect(consent.checked).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).get('autodiagnostic')).to.equal(null);
      consent.click();
      await settle(el);
      expect(form.checkValidity()).to.equal(true);
      const sent = JSON.parse(new FormData(form).get('autodiagnostic') as string);
      expect(sent.answers).to.deep.equal({ a1: 4, a2: 4, b1: 4, b2: 'na' });
      expect(ResultSchema.safeParse(sent).success).to.equal(true);
      await expect(el).to.be.accessible();

      form.reset();
      await settle(el);
      expect(el.answers).to.deep.equal({});
      expect(new FormData(form).get('autodiagnostic')).to.equal(null);
      expect(form.checkValidity()).to.equal(false);
    });

    it('takes back the answers the browser restores (back/forward, autofill), and ignores a bad copy', async () => {
      const el = await checklist();
      const now = new Date().toISOString();
      const saved = {
        format: 'partenariat-progress', version: 1, instrument: { id: 'mini', version: '1' }, id: 'restauré',
        startedAt: now, updatedAt: now, completedAt: null, answers: { a1: 2, b2: 'na' }, profile: {}, step: 'section:b',
      };
      el.formStateRestoreCallback('{ not json');
      el.formStateRestoreCallback(JSON.stringify({ ...saved, answers: 'nope' }));
      await settle(el);
      expect(el.answers).to.deep.equal({});
      el.formStateRestoreCallback(JSON.stringify(saved));
      await settle(el);
      expect(el.answers).to.deep.equal({ a1: 2, b2: 'na' });
      expect(shadow(el).querySelector('#step-heading')!.textContent).to.equal('Section B');
    });

    it('takes back a state the browser restores before the questionnaire is ready', async () => {
      const now = new Date().toISOString();
      const saved = {
        format: 'partenariat-progress', version: 1, instrument: { id: 'mini', version: '1' }, id: 'tôt',
        startedAt: now, updatedAt: now, completedAt: null, answers: { b1: 4 }, profile: {},
      };
      const el = document.createElement('partenariat-checklist');
      el.formStateRestoreCallback(JSON.stringify(saved));
      el.instrument = miniInstrument();
      document.body.append(el);
      try {
        await settle(el);
        expect(el.answers).to.deep.equal({ b1: 4 });
      } finally {
        el.remove();
      }
    });

    it('turns every control off when disabled, buttons included', async () => {
      const el = await checklist(html`<partenariat-checklist disabled .instrument=${miniInstrument()}></partenariat-checklist>`);
      const buttons = [...shadow(el).querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(1);
      buttons.forEach((b) => expect(b.disabled, b.textContent!.trim()).to.equal(true));
      el.disabled = false;
      // The browser tells a form-associated element of its `disabled` attribute a moment later.
      await until(() => !button(el, 'Commencer').disabled, 'the buttons to come back');
    });

    it('disables its controls inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
        <partenariat-checklist layout="single" .instrument=${miniInstrument()}></partenariat-checklist>
      </fieldset></form>`);
      const el = form.querySelector('partenariat-checklist')!;
      await settle(el);
      expect(radio(el, 'a1', '1').matches(':disabled')).to.equal(true);
      expect(shadow(el).querySelector('input[type="text"], select')?.matches(':disabled') ?? true).to.equal(true);
    });
  });

  describe('language', () => {
    it('follows the page’s <html lang>, and its changes', async () => {
      document.documentElement.lang = 'en-CA';
      const el = await checklist();
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Mini questionnaire EN');
      expect(textOf(el)).to.contain('Before you start');
      expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
      document.documentElement.lang = 'fr-CA';
      await until(() => textOf(el).includes('Avant de commencer'), 'French');
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Mini questionnaire');
    });

    it('lets the element’s own lang win, several languages on one page', async () => {
      document.documentElement.lang = 'fr';
      const wrapper = await fixture(html`<div>
        <partenariat-checklist lang="en" storage-key="en" .instrument=${miniInstrument()}></partenariat-checklist>
        <partenariat-checklist storage-key="fr" .instrument=${miniInstrument()}></partenariat-checklist>
      </div>`);
      const [en, fr] = wrapper.querySelectorAll('partenariat-checklist');
      expect(button(en, 'Start')).to.exist;
      expect(button(fr, 'Commencer')).to.exist;
      await walk(en, 'Start');
      expect(shadow(en).querySelector('.progress-text')!.textContent!.trim()).to.equal('Section 1 of 2 — Questions answered: 0 of 4');
      en.setAttribute('lang', 'fr');
      await settle(en);
      expect(button(en, 'Suivant')).to.exist;
    });

    it('formats the results’ numbers for the language', async () => {
      const el = await checklist(html`<partenariat-checklist lang="en" .instrument=${miniInstrument()}></partenariat-checklist>`);
      el.answers = { a1: 4, a2: 2, b1: 'na', b2: 3 };
      await walk(el, 'Start', 'Next', 'Finish', 'See our results');
      expect(textOf(el)).to.contain('Overall result: 66.7% — To discuss');
      expect(el.result!.locale).to.equal('en');
      expect(el.result!.recommendations[0].text).to.equal('Advice A2');
      await expect(el).to.be.accessible();
    });
  });

  describe('malformed questionnaires', () => {
    it('shows where a questionnaire given as a property is wrong, and fires partenariat-error', async () => {
      const bad = { ...miniInstrument(), items: [{ id: 'q', section: 'nowhere', text: 'Question' }] };
      const { el, errors } = await errorsDuring(() =>
        checklist(html`<partenariat-checklist .instrument=${bad as never}></partenariat-checklist>`),
      );
      expect(errors.length).to.equal(1);
      expect(errors[0].code).to.equal('instrument-invalid');
      expect(errors[0].issues).to.deep.equal([{ path: 'items[0].section', message: 'aucune section ne porte cet identifiant' }]);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Ce questionnaire ne peut pas être affiché.');
      expect(alert.textContent).to.contain('items[0].section');
      expect(el.result).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('tells a field of the wrong type from a missing one', async () => {
      const { id: _, ...withoutId } = miniInstrument();
      const bad = { ...withoutId, version: 2, items: [{ ...miniInstrument().items[0], text: 42 }] };
      const { errors } = await errorsDuring(() => checklist(html`<partenariat-checklist .instrument=${bad as never}></partenariat-checklist>`));
      expect(errors[0].issues).to.deep.include.members([
        { path: 'id', message: 'champ obligatoire manquant' },
        { path: 'version', message: 'type attendu\u00a0: string' },
      ]);
    });

    it('says what is wrong in English on an English page', async () => {
      const { id: _, ...withoutId } = miniInstrument();
      const bad = { ...withoutId, version: 2 };
      const { el, errors } = await errorsDuring(() =>
        checklist(html`<partenariat-checklist lang="en" .instrument=${bad as never}></partenariat-checklist>`),
      );
      expect(errors[0].issues).to.deep.include.members([
        { path: 'id', message: 'required field missing' },
        { path: 'version', message: 'expected type: string' },
      ]);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('required field missing');
    });

    for (const [what, src, code, words] of [
      ['a missing file (404)', '/test/fixtures/nothing-here.json', 'instrument-http', '404'],
      ['a file that is not JSON', '/test/fixtures/not-json.json', 'instrument-json', 'pas du JSON valide'],
      ['a file that breaks the schema', '/test/fixtures/invalid-instrument.json', 'instrument-invalid', 'format attendu'],
      ['a network failure', 'http://127.0.0.1:9/instrument.json', 'instrument-network', 'la connexion a échoué'],
    ] as const) {
      it(`says so in the element for ${what} given as src`, async () => {
        const errors: PartenariatErrorEvent['detail'][] = [];
        const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist
          src=${src}
          @partenariat-error=${(e: PartenariatErrorEvent) => errors.push(e.detail)}
        ></partenariat-checklist>`);
        await until(() => errors.length > 0, 'partenariat-error', 5000);
        await settle(el);
        expect(errors[0].code).to.equal(code);
        expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(words);
      });
    }

    it('loads a questionnaire from src, saying it is loading meanwhile', async () => {
      const el = await fixture<PartenariatChecklist>(
        html`<partenariat-checklist src="/demo/samples/instrument-federation.json"></partenariat-checklist>`,
      );
      expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Chargement du questionnaire');
      await until(() => el.result !== null, 'the questionnaire');
      await settle(el);
      expect(el.result!.instrument.id).to.equal('federation-bilan-oh');
      expect(textOf(el)).to.contain('Avant de commencer');
    });

    it('recovers when a valid questionnaire replaces a malformed one', async () => {
      const el = await checklist(html`<partenariat-checklist .instrument=${{ id: 'x' } as never}></partenariat-checklist>`);
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      el.instrument = miniInstrument();
      await settle(el);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(button(el, 'Commencer')).to.exist;
    });
  });
});
