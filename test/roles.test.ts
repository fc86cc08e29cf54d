import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartenariatRoles } from '../src/components/roles/roles.js';
import type { PartenariatErrorEvent } from '../src/events/events.js';
import { RoleTableSchema, type RoleTable } from '../src/schema/roles.js';
import { roleTableFromTemplate } from '../src/components/roles/templates.js';
import '../src/partenariat-roles.js';
import { PartenariatRoles as RolesClass } from '../src/components/roles/roles.js';
import { roleTableToCsv } from '../src/components/roles/csv.js';
import { downloadsDuring, errorsDuring, shadow, until, withBrokenStorage } from './helpers.js';

const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const KEY = 'partenariat:roles:default';

async function roles(template = html`<partenariat-roles template="association-office"></partenariat-roles>`) {
  const el = await fixture<PartenariatRoles>(template);
  await el.updateComplete;
  return el;
}
const q = <T extends Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const buttonNamed = (el: Element, name: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find(
    (b) => norm(b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const cell = (el: Element, partner: string, responsibility: string) =>
  q<HTMLSelectElement>(el, `select[aria-label="${`Rôle de « ${partner} » pour « ${responsibility} »`.replace(/ (»)/g, '\u00a0$1').replace(/(«) /g, '$1\u00a0')}"]`);
const summary = (el: Element) => norm(q(el, '.summary').textContent);
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')].map((th) => norm(th.querySelector('textarea')?.value ?? th.textContent));
const rowsOf = (el: Element) => [...shadow(el).querySelectorAll('tbody th')].map((th) => norm(th.querySelector('textarea')?.value ?? th.textContent));

async function choose(el: PartenariatRoles, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<partenariat-roles>', () => {
  it('shows a starting point as a real table, with its caption, headers and legend', async () => {
    const el = await roles();
    const table = q<HTMLTableElement>(el, 'table');
    expect(norm(table.caption!.textContent)).to.equal('Partenariat entre l’association de locataires et l’office d’habitation');
    expect(headers(el)).to.deep.equal([
      'Responsabilité', 'Association de locataires', 'Office d’habitation (OH)', 'Comité consultatif de résidants (CCR)', 'Vérification',
    ]);
    expect(table.querySelectorAll('thead th[scope="col"]').length).to.equal(5);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(8);
    expect(cell(el, 'Office d’habitation (OH)', 'Entretien des espaces communs').value).to.equal('decide-realise');
    expect(summary(el)).to.equal('Aucun point à vérifier.');
    const legend = [...shadow(el).querySelectorAll('.legend dt')].map((dt) => `${norm(dt.textContent)} — ${norm(dt.nextElementSibling!.textContent)}`);
    expect(legend[0]).to.equal('Décide et réalise (DR) — Prend la décision et fait le travail (ou le coordonne).');
    expect(legend.slice(1, 3)).to.deep.equal([
      'Décide (D) — Prend la décision finale et en répond.',
      'Décide avec (DA) — Décide avec les autres parties qui décident, sur une base d’égalité.',
    ]);
    expect(legend.length).to.equal(6);
    // The mixed working committee is decided together: the question, never a warning.
    const committee = [...table.querySelectorAll('tbody tr')].find((tr) => norm(tr.querySelector('textarea')!.value) === 'Comité de travail mixte sur un thème donné')!;
    expect(norm(committee.querySelector('td.check')!.textContent)).to.equal('Qui tranche en cas de désaccord ?');
    expect(committee.querySelector('.warning')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the rules next to the row or column concerned, and the warnings go as they are fixed', async () => {
    const el = await roles();
    const changes: Event[] = [];
    el.addEventListener('change', (e) => changes.push(e));
    const oh = cell(el, 'Office d’habitation (OH)', 'Entretien des espaces communs');
    await choose(el, oh, 'avis');
    const row = () => [...q(el, 'tbody tr').querySelectorAll('td.check .warning, td.check .ask, td.check .ok')].map((c) => `${c.className}: ${norm(c.textContent)}`).join(' | ');
    expect(row()).to.equal('warning: Personne ne décide : choisissez qui décide. | warning: Personne ne réalise cette responsabilité.');
    expect(summary(el)).to.equal('2 points à vérifier (voir la colonne « Vérification »).');
    // Two partners who decide: nothing is wrong, the row asks who settles a disagreement.
    await choose(el, cell(el, 'Association de locataires', 'Entretien des espaces communs'), 'decide');
    await choose(el, oh, 'decide-realise');
    expect(row()).to.equal('ask: Qui tranche en cas de désaccord ?');
    expect(summary(el)).to.equal('Aucun point à vérifier.');
    await choose(el, cell(el, 'Association de locataires', 'Entretien des espaces communs'), 'avis');
    expect(row()).to.equal('ok: Rien à signaler');
    expect(summary(el)).to.equal('Aucun point à vérifier.');
    expect(changes.length).to.equal(4);
    await expect(el).to.be.accessible();
  });

  it('can be edited with the keyboard alone: add a partner, set its roles, reorder, remove and undo', async () => {
    const el = await roles();
    // Add a partner: type its name, press Enter.
    q<HTMLInputElement>(el, '#new-partner').focus();
    await sendKeys({ type: 'CLSC du quartier' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el).slice(1, -1)).to.deep.equal([
      'Association de locataires', 'Office d’habitation (OH)', 'Comité consultatif de résidants (CCR)', 'CLSC du quartier',
    ]);
    expect(shadow(el).activeElement).to.equal(q(el, '#new-partner'));
    // A partner with no role: said at the foot of its column.
    expect(norm(q(el, 'tfoot').textContent)).to.contain('Aucun rôle pour ce partenaire.');
    // Give it a role from the keyboard: focus the cell, arrow down picks the next role.
    const select = cell(el, 'CLSC du quartier', 'Entretien des espaces communs');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.assignments['espaces-communs'].p4).to.not.equal(undefined);
    expect(shadow(el).querySelector('tfoot')).to.equal(null);
    // Move it left with its button, by keyboard.
    buttonNamed(el, 'Déplacer « CLSC du quartier » vers la gauche').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headers(el)[3]).to.equal('CLSC du quartier');
    expect(norm(shadow(el).activeElement!.getAttribute('aria-label'))).to.equal('Déplacer « CLSC du quartier » vers la gauche');
    // Remove a responsibility, then undo.
    buttonNamed(el, 'Retirer « Entretien des espaces communs »').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowsOf(el)[0]).to.equal('Rencontre annuelle pour transmettre les priorités des locataires à l’office');
    expect(norm(q(el, '.undo').textContent)).to.equal('Responsabilité « Entretien des espaces communs » retirée. Annuler');
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Annuler');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowsOf(el)[0]).to.equal('Entretien des espaces communs');
    expect(el.value.assignments['espaces-communs'].p4).to.not.equal(undefined);
    // Rename a responsibility: type, then leave the field.
    const name = shadow(el).querySelectorAll<HTMLTextAreaElement>('tbody th textarea')[1];
    name.focus();
    name.select();
    await sendKeys({ type: 'Rencontre annuelle' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value.responsibilities[1].label).to.equal('Rencontre annuelle');
    // Add a responsibility.
    q<HTMLInputElement>(el, '#new-responsibility').focus();
    await sendKeys({ type: 'Fête des voisins' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowsOf(el).at(-1)).to.equal('Fête des voisins');
    // The new row has no one who decides nor does. The CLSC's « Décide et réalise » (the first
    // role, picked by the arrow) made two deciders for the upkeep: a question there, not a warning.
    expect(summary(el)).to.equal('2 points à vérifier (voir la colonne « Vérification »).');
    expect(norm(q(el, 'tbody tr td.check').textContent)).to.equal('Qui tranche en cas de désaccord ?');
    await expect(el).to.be.accessible();
  });

  it('takes ids with « : » and « . », keeps focus on the moved control, and shows the right role after an undo', async () => {
    const el = await roles();
    const table = roleTableFromTemplate('vide', 'fr');
    table.partners = [{ id: 'p:1', name: 'Un' }, { id: 'p.2', name: 'Deux' }];
    table.responsibilities = [{ id: 'r:1', label: 'Première' }, { id: 'r.2', label: 'Seconde' }, { id: 'r3', label: 'Troisième' }];
    table.assignments = { 'r:1': { 'p:1': 'decide-realise' } };
    el.value = table;
    await el.updateComplete;
    buttonNamed(el, 'Descendre « Première »').click();
    await el.updateComplete;
    expect(rowsOf(el)).to.deep.equal(['Seconde', 'Première', 'Troisième']);
    expect(norm(shadow(el).activeElement!.getAttribute('aria-label'))).to.equal('Descendre « Première »');
    buttonNamed(el, 'Déplacer « Un » vers la droite').click();
    await el.updateComplete;
    expect(headers(el).slice(1, 3)).to.deep.equal(['Deux', 'Un']);
    // At the end of the row, focus goes to the twin button.
    expect(norm(shadow(el).activeElement!.getAttribute('aria-label'))).to.equal('Déplacer « Un » vers la gauche');
    // A cell changed by the person, then the change undone through a removal's undo: the select follows the data.
    const select = cell(el, 'Un', 'Première');
    await choose(el, select, 'avis');
    buttonNamed(el, 'Retirer « Deux »').click();
    await el.updateComplete;
    el.value = { ...el.value, assignments: { 'r:1': { 'p:1': 'decide' } } };
    await el.updateComplete;
    expect(cell(el, 'Un', 'Première').value).to.equal('decide');
  });

  it('applies a starting point from the menu, which can be undone', async () => {
    const el = await roles(html`<partenariat-roles></partenariat-roles>`);
    expect(summary(el)).to.equal('Le tableau est vide : ajoutez des partenaires et des responsabilités, ou partez d’un modèle.');
    await expect(el).to.be.accessible();
    const menu = q<HTMLSelectElement>(el, '#template');
    menu.value = 'municipalite';
    menu.dispatchEvent(new Event('change'));
    buttonNamed(el, 'Appliquer le modèle').click();
    await el.updateComplete;
    expect(headers(el)[2]).to.equal('Municipalité');
    expect(el.value.title).to.equal('Partenariat avec la municipalité');
    buttonNamed(el, 'Annuler').click();
    await el.updateComplete;
    expect(el.value.partners).to.deep.equal([]);
  });

  it('shows the table without any control with readonly', async () => {
    const el = await roles(html`<partenariat-roles readonly template="sante-services-sociaux"></partenariat-roles>`);
    expect(shadow(el).querySelectorAll('select, textarea, input, .tools').length).to.equal(0);
    expect(norm(q(el, 'h2').textContent)).to.equal('Partenariat avec le réseau de la santé et des services sociaux');
    const first = [...q(el, 'tbody tr').children].map((c) => norm(c.textContent));
    expect(first).to.deep.equal(['Visites aux personnes locataires isolées ou malades', 'Décide avec', 'Décide et réalise', 'Reçoit l’information', 'Qui tranche en cas de désaccord ?']);
    expect([...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Télécharger (JSON)', 'Télécharger (CSV)', 'Imprimer l’annexe',
    ]);
    await expect(el).to.be.accessible();
  });

  it('is saved as the partners go and comes back when the element is re-created', async () => {
    let el = await roles();
    await choose(el, cell(el, 'Association de locataires', 'Entretien des espaces communs'), 'realise');
    expect(JSON.parse(sessionStorage.getItem(KEY)!).assignments['espaces-communs'].association).to.equal('realise');
    el.remove();
    el = await roles();
    expect(cell(el, 'Association de locataires', 'Entretien des espaces communs').value).to.equal('realise');
    el.remove();
    const local = await roles(html`<partenariat-roles autosave="local" storage-key="ccr" template="municipalite"></partenariat-roles>`);
    expect(localStorage.getItem('partenariat:roles:ccr')).to.equal(null);
    await choose(local, cell(local, 'Municipalité', 'Aménagement d’un parc près des HLM'), 'decide');
    expect(JSON.parse(localStorage.getItem('partenariat:roles:ccr')!).assignments.parc.municipalite).to.equal('decide');
  });

  it('on a narrow screen, scrolls sideways with its title and responsibilities in view, and never hides the focused cell', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 360px">
      <partenariat-roles template="association-office" autosave="off"></partenariat-roles>
    </div>`);
    const el = wrapper.querySelector<PartenariatRoles>('partenariat-roles')!;
    await el.updateComplete;
    // A long responsibility makes the first column wider than usual.
    const table = el.value;
    table.responsibilities[0].label = 'Représentation-des-locataires-auprès-de-l’administration';
    el.value = table;
    await el.updateComplete;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    const scroller = q<HTMLElement>(el, '.table-scroll');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    scroller.scrollLeft = scroller.scrollWidth;
    await new Promise((r) => requestAnimationFrame(r));
    const box = scroller.getBoundingClientRect();
    const caption = q(el, 'caption').getBoundingClientRect();
    expect(caption.left).to.be.at.least(box.left - 1);
    expect(caption.right).to.be.at.most(box.right + 1);
    const rowHeader = q(el, 'tbody th').getBoundingClientRect();
    expect(rowHeader.left).to.be.at.least(box.left - 1);
    // Focus in the first partner's column: the cell comes into view beside the responsibilities.
    const first = cell(el, 'Association de locataires', 'Représentation-des-locataires-auprès-de-l’administration');
    first.focus();
    await new Promise((r) => requestAnimationFrame(r));
    expect(first.getBoundingClientRect().left).to.be.at.least(q(el, 'tbody th').getBoundingClientRect().right - 1);
  });

  it('lets only the first of two tables on one key be saved, and tells the second', async () => {
    const { el: wrapper, errors } = await errorsDuring(() =>
      fixture(html`<div>
        <partenariat-roles template="association-office"></partenariat-roles>
        <partenariat-roles template="municipalite"></partenariat-roles>
      </div>`),
    );
    const [one, two] = wrapper.querySelectorAll<PartenariatRoles>('partenariat-roles');
    await one.updateComplete;
    await two.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['storage-key-in-use']);
    expect(shadow(one).querySelector('[role="alert"]')).to.equal(null);
    expect(norm(q(two, '[role="alert"]').textContent)).to.equal(
      'Ce tableau n’est pas enregistré : un autre tableau de cette page garde déjà le sien au même endroit. Il sera perdu si vous fermez ou rechargez la page ; téléchargez-le pour le garder.',
    );
    await choose(one, cell(one, 'Association de locataires', 'Entretien des espaces communs'), 'realise');
    await choose(two, cell(two, 'Municipalité', 'Aménagement d’un parc près des HLM'), 'decide');
    // The second neither overwrites nor clears what the first keeps.
    const kept = JSON.parse(sessionStorage.getItem(KEY)!);
    expect(kept.assignments['espaces-communs'].association).to.equal('realise');
    expect(kept.assignments.parc).to.equal(undefined);
    await expect(two).to.be.accessible();

    // Given its own storage-key, the second is saved, and the notice goes.
    two.storageKey = 'parc';
    await two.updateComplete;
    expect(shadow(two).querySelector('[role="alert"]')).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem('partenariat:roles:parc')!).assignments.parc.municipalite).to.equal('decide');
  });

  it('falls back to memory when the storage throws, says so, and loses nothing while the page lives', async () => {
    await withBrokenStorage(async () => {
      const el = await roles(html`<partenariat-roles storage-key="plein" template="municipalite"></partenariat-roles>`);
      await choose(el, cell(el, 'Municipalité', 'Aménagement d’un parc près des HLM'), 'realise');
      expect(norm(q(el, '[role="alert"]').textContent)).to.contain('Ce navigateur ne permet pas d’enregistrer le tableau');
      el.remove();
      const again = await roles(html`<partenariat-roles storage-key="plein" template="municipalite"></partenariat-roles>`);
      expect(cell(again, 'Municipalité', 'Aménagement d’un parc près des HLM').value).to.equal('realise');
    });
  });

  it('sets corrupt saved data aside and says so', async () => {
    sessionStorage.setItem(KEY, '{"format": "partenariat-roles", "partners": [');
    const { el, errors } = await errorsDuring(() => roles());
    expect(errors.map((e) => e.code)).to.deep.equal(['saved-data-set-aside']);
    expect(norm(q(el, '[role="alert"]').textContent)).to.contain('mis de côté');
    expect(JSON.parse(sessionStorage.getItem(`${KEY}:set-aside`)!).copies.map((c: { data: string }) => c.data)).to.deep.equal([
      '{"format": "partenariat-roles", "partners": [',
    ]);
    expect(headers(el)[1]).to.equal('Association de locataires');
  });

  it('takes a value, firing nothing, and refuses a bad one without losing the table', async () => {
    const el = await roles();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const table = roleTableFromTemplate('organismes-communautaires', 'fr');
    el.value = table;
    await el.updateComplete;
    expect(el.value).to.deep.equal(table);
    expect(changes).to.equal(0);
    const errors: PartenariatErrorEvent['detail'][] = [];
    el.addEventListener('partenariat-error', (e) => errors.push(e.detail));
    el.value = { ...table, assignments: { 'aide-devoirs': { nobody: 'decide' } } } as RoleTable;
    await el.updateComplete;
    expect(errors[0].code).to.equal('roles-invalid');
    expect(errors[0].issues.map((i) => i.path)).to.deep.equal(['assignments.aide-devoirs.nobody']);
    expect(el.value).to.deep.equal(table);
    expect(norm(q(el, '[role="alert"]').textContent)).to.contain('le tableau affiché n’a pas changé');
    await expect(el).to.be.accessible();
  });

  it('honours a value set before the element is defined, and every later one', async () => {
    // The element exists, and the page sets its value, before its class is defined.
    const tag = `roles-early-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(tag) as PartenariatRoles;
    el.setAttribute('autosave', 'off');
    const table = roleTableFromTemplate('municipalite', 'fr');
    table.title = 'Mon tableau';
    el.value = table;
    // A read-only property set early too: it must not hide the element's own.
    (el as unknown as { locale: string }).locale = 'xx';
    document.body.append(el);
    customElements.define(tag, class extends RolesClass {});
    try {
      await el.updateComplete;
      expect(Object.prototype.hasOwnProperty.call(el, 'value')).to.equal(false);
      expect(el.locale).to.equal('fr');
      expect(el.value.title).to.equal('Mon tableau');
      expect(norm(q(el, 'caption').textContent)).to.equal('Mon tableau');
      expect(headers(el)[2]).to.equal('Municipalité');
      el.value = roleTableFromTemplate('organismes-communautaires', 'fr');
      await el.updateComplete;
      expect(headers(el)[2]).to.equal('Organisme communautaire');
    } finally {
      el.remove();
    }
  });

  it('takes ids that are names of Object.prototype as plain data, and changes no built-in object', async () => {
    const builtIns = [Object, Object.prototype, Object.prototype.toString, Object.prototype.valueOf, Object.prototype.hasOwnProperty, Function.prototype];
    const before = builtIns.map((o) => Object.getOwnPropertyNames(o).sort().join());
    const el = await roles(html`<partenariat-roles storage-key="proto"></partenariat-roles>`);
    const table = roleTableFromTemplate('vide', 'fr');
    table.partners = [{ id: 'constructor', name: 'Alpha' }, { id: 'hasOwnProperty', name: 'Bêta' }];
    table.responsibilities = [{ id: 'toString', label: 'Accueil' }, { id: 'valueOf', label: 'Budget' }];
    table.vocabulary = [...table.vocabulary, { id: 'toString', label: 'Observe', meanings: ['informed'] }];
    table.assignments = { valueOf: { constructor: 'decide-realise' } };
    el.value = table;
    await el.updateComplete;
    expect(cell(el, 'Alpha', 'Accueil').value).to.equal('');
    expect(cell(el, 'Bêta', 'Budget').value).to.equal('');
    expect(norm(q(el, 'tbody tr').querySelector('td.check')!.textContent)).to.contain('Personne ne décide');
    await choose(el, cell(el, 'Alpha', 'Accueil'), 'decide-realise');
    await choose(el, cell(el, 'Bêta', 'Accueil'), 'toString');
    await choose(el, cell(el, 'Bêta', 'Budget'), 'avis');
    const expected = { toString: { constructor: 'decide-realise', hasOwnProperty: 'toString' }, valueOf: { constructor: 'decide-realise', hasOwnProperty: 'avis' } };
    expect(JSON.parse(JSON.stringify(el.value.assignments))).to.deep.equal(expected);
    // The page gets ordinary objects, whose own keys are the ids.
    expect(Object.getPrototypeOf(el.value.assignments)).to.equal(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(el.value.assignments.toString, 'hasOwnProperty')).to.equal(true);
    expect(summary(el)).to.equal('Aucun point à vérifier.');
    expect(JSON.parse(sessionStorage.getItem('partenariat:roles:proto')!).assignments).to.deep.equal(expected);
    expect(roleTableToCsv(el.value, 'fr').split('\r\n').slice(1, 3)).to.deep.equal(['Accueil;Décide et réalise;Observe', 'Budget;Décide et réalise;Donne son avis']);
    // Back from storage, the same.
    el.remove();
    const again = await roles(html`<partenariat-roles storage-key="proto"></partenariat-roles>`);
    expect(cell(again, 'Bêta', 'Accueil').value).to.equal('toString');
    expect(cell(again, 'Bêta', 'Budget').value).to.equal('avis');
    // A « __proto__ » key is data too: refused as an unknown responsibility or partner, never a prototype.
    const errors: PartenariatErrorEvent['detail'][] = [];
    again.addEventListener('partenariat-error', (e) => errors.push(e.detail));
    again.value = JSON.parse(`{"format":"partenariat-roles","version":1,"title":"x","partners":[{"id":"p1","name":"Un"}],"responsibilities":[{"id":"r1","label":"Une"}],"vocabulary":[{"id":"d","label":"Décide"}],"assignments":{"__proto__":{"p1":"d"},"r1":{"__proto__":"d"}}}`);
    await again.updateComplete;
    expect(errors[0].issues.map((i) => i.path)).to.deep.equal(['assignments.__proto__', 'assignments.r1.__proto__']);
    expect(cell(again, 'Bêta', 'Accueil').value).to.equal('toString');
    expect(builtIns.map((o) => Object.getOwnPropertyNames(o).sort().join())).to.deep.equal(before);
    expect(({} as Record<string, unknown>).p1).to.equal(undefined);
  });

  describe('export and import', () => {
    async function download(el: PartenariatRoles, label: string) {
      const [first] = await downloadsDuring(() => buttonNamed(el, label).click());
      return first;
    }

    async function open(el: PartenariatRoles, name: string, text: string | Uint8Array) {
      const input = q<HTMLInputElement>(el, '#import');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text as BlobPart], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    }

    it('downloads JSON that opens again identically', async () => {
      const el = await roles();
      q<HTMLInputElement>(el, '#date').value = '2026-11-23';
      q<HTMLInputElement>(el, '#date').dispatchEvent(new Event('change'));
      await el.updateComplete;
      const saved = el.value;
      const { name, blob } = await download(el, 'Télécharger (JSON)');
      expect(name).to.equal('partenariat-entre-l-association-de-locataires-et-l-office-d-habitation-2026-11-23.json');
      const text = await blob.text();
      expect(RoleTableSchema.safeParse(JSON.parse(text)).success).to.equal(true);

      const other = await roles(html`<partenariat-roles storage-key="autre"></partenariat-roles>`);
      await open(other, name, text);
      await until(() => other.value.partners.length === 3, 'the import');
      expect(other.value).to.deep.equal(saved);
      expect(norm(q(other, '.undo').textContent)).to.contain(`Fichier « ${name} » ouvert.`);
    });

    it('downloads CSV with a byte-order mark and semicolons', async () => {
      const el = await roles();
      const { name, blob } = await download(el, 'Télécharger (CSV)');
      expect(name).to.match(/\.csv$/);
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('Responsabilité;Association de locataires;Office d’habitation (OH);Comité consultatif de résidants (CCR)');
      expect(lines[1]).to.equal('Entretien des espaces communs;Donne son avis;Décide et réalise;Reçoit l’information');
    });

    it('refuses a file that is not JSON, or not a role table, and keeps the table', async () => {
      const el = await roles();
      const errors: PartenariatErrorEvent['detail'][] = [];
      el.addEventListener('partenariat-error', (e) => errors.push(e.detail));
      await open(el, 'notes.json', 'pas du json');
      await until(() => errors.length === 1, 'an error');
      expect(errors[0].code).to.equal('roles-import-json');
      expect(norm(q(el, '[role="alert"]').textContent)).to.contain('Le fichier « notes.json » n’est pas du JSON valide');
      await open(el, 'autre.json', JSON.stringify({ format: 'partenariat-roles', version: 1, title: 'x', partners: 'non' }));
      await until(() => errors.length === 2, 'a second error');
      expect(errors[1].code).to.equal('roles-import-invalid');
      expect(errors[1].issues.map((i) => i.path)).to.include('partners');
      // A table saved in Latin-1 (« é » as the byte E9): unreadable, said so, rather than opened with « � ».
      const latin1 = Uint8Array.from(JSON.stringify({ format: 'partenariat-roles', version: 1, title: 'Comité', partners: [], responsibilities: [] }), (c) => c.charCodeAt(0));
      await open(el, 'latin1.json', latin1);
      await until(() => errors.length === 3, 'a third error');
      expect(errors[2].code).to.equal('roles-import-json');
      expect(headers(el)[1]).to.equal('Association de locataires');
      await expect(el).to.be.accessible();
    });
  });

  it('speaks English, starting points included', async () => {
    const el = await roles(html`<partenariat-roles lang="en" template="association-office"></partenariat-roles>`);
    expect(headers(el)[0]).to.equal('Responsibility');
    expect(headers(el)[1]).to.equal('Tenants’ association');
    expect(summary(el)).to.equal('Nothing to check.');
    expect(buttonNamed(el, 'Print as an appendix')).to.exist;
    expect(rowsOf(el).slice(-2)).to.deep.equal([
      'If problems arise, deciding to take the matter to the CCR or the housing office’s board',
      'Dealing with the matter at the housing office’s board, with the tenant board members',
    ]);
    expect([...shadow(el).querySelectorAll('.legend dt')].map((dt) => norm(dt.textContent))[2]).to.equal('Decides jointly (DJ)');
    expect(norm(q(el, '.ask').textContent)).to.equal('Who settles a disagreement?');
    // The rows speak English too (they are rendered after the rest of the table).
    expect(norm(q(el, 'tbody tr td.check').textContent)).to.equal('Nothing to report');
    expect(norm(q(el, 'tbody tr select').getAttribute('aria-label'))).to.equal('Role of “Tenants’ association” for “Upkeep of the common spaces”');
    expect(buttonNamed(el, 'Move “Upkeep of the common spaces” down')).to.exist;
    // The tenants' association (first column) decides the upkeep jointly with the housing office.
    await choose(el, q<HTMLSelectElement>(el, 'tbody tr select'), 'codecide');
    expect(norm(q(el, 'tbody tr td.check').textContent)).to.equal('Who settles a disagreement?');
    expect(norm(q(el, '.undo').textContent)).to.equal('Who settles a disagreement?');
  });
});
