import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartenariatRoles } from '../src/components/roles/roles.js';
import '../src/partenariat-roles.js';
import { shadow, until } from './helpers.js';

const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const q = <T extends Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const buttonNamed = (el: Element, name: string) => {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => norm(b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const status = (el: Element) => norm(q(el, '.undo').textContent);

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  children?: AXNode[];
}
function* walk(node: AXNode | null | undefined): Generator<AXNode> {
  if (!node) return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** A page with its own h1, then the element: what axe's heading-order sees on a real page. */
async function page(attrs = 'template="association-office"') {
  const wrapper = await fixture<HTMLElement>(html`<div><h1>Notre entente</h1><div .innerHTML=${`<partenariat-roles autosave="off" ${attrs}></partenariat-roles>`}></div></div>`);
  const el = wrapper.querySelector<PartenariatRoles>('partenariat-roles')!;
  await el.updateComplete;
  return { wrapper, el };
}

async function open(el: PartenariatRoles, name: string, text: string) {
  const input = q<HTMLInputElement>(el, '#import');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<partenariat-roles> with a screen reader', function () {
  this.timeout(30000);

  it('names each column and row header with the partner’s or the responsibility’s name alone', async () => {
    await page();
    const tree = (await executeServerCommand('a11y-full-tree')) as AXNode;
    const names = (role: string) => [...walk(tree)].filter((n) => n.role === role).map((n) => norm(n.name));
    expect(names('columnheader')).to.deep.equal([
      'Responsabilité', 'Association de locataires', 'Office d’habitation (OH)', 'Comité consultatif de résidants (CCR)', 'Vérification',
    ]);
    expect(names('rowheader').slice(0, 2)).to.deep.equal(['Entretien des espaces communs', 'Rencontre annuelle pour transmettre les priorités des locataires à l’office']);
  });

  it('keeps the names apart when a partner and a responsibility share an id', async () => {
    const { wrapper, el } = await page();
    const table = el.value;
    table.partners = [{ id: 'x', name: 'Un partenaire' }];
    table.responsibilities = [{ id: 'x', label: 'Une responsabilité' }];
    table.assignments = { x: { x: 'decide-realise' } };
    el.value = table;
    await el.updateComplete;
    const tree = (await executeServerCommand('a11y-full-tree')) as AXNode;
    const names = (role: string) => [...walk(tree)].filter((n) => n.role === role).map((n) => norm(n.name));
    expect(names('columnheader')[1]).to.equal('Un partenaire');
    expect(names('rowheader')[0]).to.equal('Une responsabilité');
    await expect(wrapper).to.be.accessible();
  });

  it('says moves, additions and undos in its status region, and undo brings the focus back to what came back', async () => {
    const { el } = await page();
    buttonNamed(el, 'Déplacer « Office d’habitation (OH) » vers la gauche').click();
    await el.updateComplete;
    expect(q(el, '.undo').getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('Partenaire « Office d’habitation (OH) » déplacé : colonne 1 sur 3.');
    buttonNamed(el, 'Descendre « Entretien des espaces communs »').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Responsabilité « Entretien des espaces communs » déplacée : ligne 2 sur 8.');
    q<HTMLInputElement>(el, '#new-partner').value = 'Ville de Québec';
    q<HTMLFormElement>(el, '.adders form').requestSubmit();
    await el.updateComplete;
    expect(status(el)).to.equal('Partenaire « Ville de Québec » ajouté (colonne 4).');
    buttonNamed(el, 'Retirer « Association de locataires »').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Partenaire « Association de locataires » retiré. Annuler');
    shadow(el).querySelector<HTMLButtonElement>('.undo button')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Retrait annulé : « Association de locataires » est de retour.');
    const focused = shadow(el).activeElement as HTMLTextAreaElement;
    expect(focused.localName).to.equal('textarea');
    expect(focused.value).to.equal('Association de locataires');
    // A responsibility too: its name field gets the focus back.
    buttonNamed(el, 'Retirer « Court compte rendu des décisions et suivi des demandes »').click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.undo button')!.click();
    await el.updateComplete;
    expect((shadow(el).activeElement as HTMLTextAreaElement).value).to.equal('Court compte rendu des décisions et suivi des demandes');
    await expect(el).to.be.accessible();
  });

  it('ties each row’s warnings to its menus, as their description', async () => {
    const { el } = await page();
    const select = q<HTMLSelectElement>(el, 'tbody tr:first-child td:nth-child(3) select');
    select.value = 'avis';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const described = select.getAttribute('aria-describedby')!;
    expect([...shadow(el).getElementById(described)!.children].map((c) => norm(c.textContent)).join(' ')).to.equal('Personne ne décide : choisissez qui décide. Personne ne réalise cette responsabilité.');
    const tree = (await executeServerCommand('a11y-full-tree')) as AXNode;
    const menu = [...walk(tree)].find((n) => n.role === 'combobox' && norm(n.name) === 'Rôle de « Association de locataires » pour « Entretien des espaces communs »');
    expect(norm(menu?.description)).to.contain('Personne ne décide');
    // A row with nothing to check describes nothing.
    expect(q(el, 'tbody tr:nth-child(2) select').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('asks who settles a disagreement as a question tied to the row’s menus, said as it appears, in both languages', async () => {
    const { wrapper, el } = await page();
    const upkeep = q(el, 'tbody tr');
    const association = upkeep.querySelector<HTMLSelectElement>('td:nth-child(2) select')!;
    association.value = 'codecide';
    association.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Said once in the status region, shown in the row as text, not as a warning.
    expect(status(el)).to.equal('Qui tranche en cas de désaccord ?');
    const ask = upkeep.querySelector('td.check .ask')!;
    expect(norm(ask.textContent)).to.equal('Qui tranche en cas de désaccord ?');
    expect(upkeep.querySelector('.warning')).to.equal(null);
    expect(norm(q(el, '.summary').textContent)).to.equal('Aucun point à vérifier.');
    // Every menu of the row carries the question as its description.
    const tree = (await executeServerCommand('a11y-full-tree')) as AXNode;
    const menus = [...walk(tree)].filter((n) => n.role === 'combobox' && norm(n.name).endsWith('pour « Entretien des espaces communs »'));
    expect(menus.map((n) => norm(n.description))).to.deep.equal(Array(3).fill('Qui tranche en cas de désaccord ?'));
    await expect(wrapper, 'with a question').to.be.accessible();
    // Changing another cell of a row already asking says nothing new.
    const ccr = upkeep.querySelector<HTMLSelectElement>('td:nth-child(4) select')!;
    ccr.value = 'avis';
    ccr.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(el)).to.equal('');
    const english = await page('lang="en" template="association-office"');
    const first = q<HTMLSelectElement>(english.el, 'tbody tr select');
    first.value = 'codecide';
    first.dispatchEvent(new Event('change'));
    await english.el.updateComplete;
    expect(status(english.el)).to.equal('Who settles a disagreement?');
    expect(norm(q(english.el, 'tbody tr .ask').textContent)).to.equal('Who settles a disagreement?');
    await expect(english.wrapper, 'a question in English').to.be.accessible();
  });

  it('says an import error next to the import control, tied to it, and a new one replaces the last', async () => {
    const { el } = await page();
    await open(el, 'notes.json', 'pas du json');
    await until(() => !!shadow(el).querySelector('#import-error'), 'the first error');
    await open(el, 'autre.json', JSON.stringify({ format: 'partenariat-roles', version: 1, title: 'x', partners: 'non' }));
    await until(() => norm(q(el, '#import-error').textContent).includes('n’est pas un tableau des rôles valide'), 'the second error');
    const alerts = shadow(el).querySelectorAll('[role="alert"]');
    expect(alerts.length).to.equal(1);
    const input = q<HTMLInputElement>(el, '#import');
    expect(input.getAttribute('aria-describedby')).to.equal('import-error');
    expect(input.closest('.field')!.nextElementSibling).to.equal(q(el, '#import-error'));
    await expect(el).to.be.accessible();
  });

  it('passes axe, heading order included, in every state of the table', async () => {
    const { wrapper, el } = await page();
    const h2 = q(el, 'h2');
    expect(norm(h2.textContent)).to.equal('Partenariat entre l’association de locataires et l’office d’habitation');
    await expect(wrapper).to.be.accessible();
    const select = q<HTMLSelectElement>(el, 'tbody select');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(wrapper, 'with a warning').to.be.accessible();
    buttonNamed(el, 'Retirer « Comité consultatif de résidants (CCR) »').click();
    await el.updateComplete;
    await expect(wrapper, 'after a removal').to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.undo button')!.click();
    await el.updateComplete;
    await expect(wrapper, 'after an undo').to.be.accessible();
    await open(el, 'notes.json', 'pas du json');
    await until(() => !!shadow(el).querySelector('#import-error'), 'the error');
    await expect(wrapper, 'after an import error').to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(wrapper, 'read only').to.be.accessible();
    const empty = await page('');
    await expect(empty.wrapper, 'empty').to.be.accessible();
    const english = await page('lang="en" template="municipalite"');
    await expect(english.wrapper, 'in English').to.be.accessible();
  });
});
