import { expect } from '@open-wc/testing';
import { RoleTableSchema, type RoleTable } from '../src/schema/roles.js';
import { TEMPLATE_IDS, defaultVocabulary, roleTableFromTemplate, templateName } from '../src/components/roles/templates.js';
import { askRoles, checkRoles } from '../src/components/roles/rules.js';
import { csvCell, roleTableToCsv } from '../src/components/roles/csv.js';

function small(): RoleTable {
  const table = roleTableFromTemplate('vide', 'fr');
  table.partners = [
    { id: 'asso', name: 'Association' },
    { id: 'oh', name: 'Office' },
  ];
  table.responsibilities = [
    { id: 'r1', label: 'Entretien' },
    { id: 'r2', label: 'Compte rendu' },
  ];
  table.assignments = { r1: { oh: 'decide-realise', asso: 'avis' }, r2: { asso: 'decide-realise' } };
  return table;
}

describe('role table: templates, rules and CSV', () => {
  it('gives starting points that follow the schema and the rules, in both languages', () => {
    for (const id of TEMPLATE_IDS) {
      for (const locale of ['fr', 'en'] as const) {
        const table = roleTableFromTemplate(id, locale);
        const parsed = RoleTableSchema.safeParse(table);
        expect(parsed.success, `${id} ${locale}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
        expect(templateName(id, locale)).to.be.a('string').and.not.equal('');
        expect(checkRoles(table), `${id} ${locale}`).to.deep.equal(id === 'vide' ? [{ kind: 'empty-table' }] : []);
        for (const text of [table.title, ...table.partners.map((p) => p.name), ...table.responsibilities.map((r) => r.label)]) {
          expect(text, 'abbreviated inclusive form').not.to.match(/\w·\w/);
        }
      }
    }
    expect(roleTableFromTemplate('association-office', 'en').partners[0].name).to.equal('Tenants’ association');
    // A fresh copy each time: editing one table leaves the starting point as it was.
    const a = roleTableFromTemplate('municipalite', 'fr');
    a.assignments.parc.association = 'decide';
    expect(roleTableFromTemplate('municipalite', 'fr').assignments.parc.association).to.equal('avis');
  });

  it('warns of a responsibility with no one who decides or no one who does it', () => {
    const table = small();
    expect(checkRoles(table)).to.deep.equal([]);
    table.assignments.r1 = { oh: 'realise', asso: 'avis' };
    expect(checkRoles(table)).to.deep.equal([{ kind: 'no-decider', responsibility: 'r1' }]);
    table.assignments.r1 = { oh: 'avis', asso: 'avis' };
    expect(checkRoles(table)).to.deep.equal([
      { kind: 'no-decider', responsibility: 'r1' },
      { kind: 'no-doer', responsibility: 'r1' },
    ]);
    table.assignments.r1 = { oh: 'decide', asso: 'realise' };
    expect(checkRoles(table)).to.deep.equal([]);
  });

  it('lets several partners decide together, and then asks who settles a disagreement instead of warning', () => {
    const table = small();
    expect(askRoles(table)).to.deep.equal([]);
    // Two who decide: no warning against it (only the missing doer is said), a question.
    table.assignments.r1 = { oh: 'decide', asso: 'decide' };
    expect(checkRoles(table)).to.deep.equal([{ kind: 'no-doer', responsibility: 'r1' }]);
    expect(askRoles(table)).to.deep.equal([{ kind: 'who-settles', responsibility: 'r1', partners: ['asso', 'oh'] }]);
    // « Décide avec » beside « Décide et réalise »: equals deciding together, the work done.
    table.assignments.r1 = { oh: 'decide-realise', asso: 'codecide' };
    expect(checkRoles(table)).to.deep.equal([]);
    expect(askRoles(table)).to.deep.equal([{ kind: 'who-settles', responsibility: 'r1', partners: ['asso', 'oh'] }]);
    // « Décide avec » alone is still someone who decides; one who decides asks nothing.
    table.assignments.r1 = { oh: 'realise', asso: 'codecide' };
    expect(checkRoles(table)).to.deep.equal([]);
    expect(askRoles(table)).to.deep.equal([]);
    // A role whose meanings do not say it decides is never counted, whatever its name.
    table.vocabulary = [...table.vocabulary, { id: 'observe', label: 'Décide rien', meanings: ['informed'] }];
    table.assignments.r1 = { oh: 'decide-realise', asso: 'observe' };
    expect(askRoles(table)).to.deep.equal([]);
  });

  it('offers « Décide avec » and no longer tells that a single party may decide', () => {
    const codecide = defaultVocabulary.find((role) => role.id === 'codecide')!;
    expect(codecide.label).to.deep.equal({ fr: 'Décide avec', en: 'Decides jointly' });
    expect(codecide.meanings).to.deep.equal(['decides']);
    expect(codecide.description).to.deep.equal({ fr: 'Décide avec les autres parties qui décident, sur une base d’égalité.', en: 'Decides with the other deciding parties, as equals.' });
    for (const role of defaultVocabulary) {
      expect(JSON.stringify(role.description), role.id).not.to.match(/une seule|one party|only one/i);
    }
    // Shorts are told apart in a printed wide table.
    for (const locale of ['fr', 'en'] as const) {
      const shorts = defaultVocabulary.map((role) => (role.short as Record<string, string>)[locale]);
      expect(new Set(shorts).size, locale).to.equal(shorts.length);
    }
  });

  it('follows the sources in its starting points: the office’s board, the association’s projects, autonomy, the city’s park', () => {
    const rows = (id: (typeof TEMPLATE_IDS)[number]) => {
      const table = roleTableFromTemplate(id, 'fr');
      return Object.fromEntries(table.responsibilities.map((r) => [r.id, { label: r.label, ...table.assignments[r.id] } as Record<string, string>]));
    };
    const office = rows('association-office');
    // A difficulty: the association decides to bring it, the housing office's board deals with it.
    expect(office.recours).to.deep.equal({ label: 'En cas de difficulté, décider de porter la question au CCR ou au CA de l’office', association: 'decide-realise', ccr: 'avis', office: 'information' });
    expect(office['recours-ca']).to.deep.equal({ label: 'Traiter la question au CA de l’office, avec les administratrices et administrateurs locataires', office: 'decide-realise', association: 'avis', ccr: 'information' });
    // The mixed working committees of the fact sheet decide together.
    expect(office['comite-mixte']).to.deep.equal({ label: 'Comité de travail mixte sur un thème donné', association: 'decide-realise', office: 'codecide', ccr: 'codecide' });
    const sante = rows('sante-services-sociaux');
    expect(sante.visites).to.deep.equal({ label: 'Visites aux personnes locataires isolées ou malades', clsc: 'decide-realise', association: 'codecide', office: 'information' });
    expect(sante.reperage.label).to.equal('Faire connaître les visites aux locataires qui pourraient en avoir besoin (aucun renseignement personnel transmis sans le consentement de la personne)');
    expect(sante.reperage.association).to.equal('decide-realise');
    expect(roleTableFromTemplate('sante-services-sociaux', 'fr').partners[1].name).to.equal('CLSC (CISSS ou CIUSSS)');
    const organismes = rows('organismes-communautaires');
    // « tout en gardant leur autonomie »: the organization decides its own activity.
    expect(organismes.cuisines).to.deep.equal({ label: 'Cuisines collectives', organisme: 'decide-realise', association: 'avis', office: 'information' });
    expect(organismes['aide-devoirs'].association).to.equal('codecide');
    const ville = rows('municipalite');
    // The park and the sidewalks are the municipality's: it decides, the office is informed.
    expect(ville.suivi).to.deep.equal({ label: 'Signaler les problèmes du parc et des trottoirs et faire les suivis', association: 'realise', municipalite: 'decide', office: 'information' });
    expect(ville.consultation.label).to.equal('Consulter les locataires sur l’aménagement du parc');
    expect(ville.deneigement.association).to.equal('avis');
    // On every project with another partner, the association at least gives its advice.
    for (const id of ['sante-services-sociaux', 'organismes-communautaires', 'municipalite'] as const) {
      const table = roleTableFromTemplate(id, 'fr');
      const meanings = new Map(table.vocabulary.map((role) => [role.id, role.meanings ?? []]));
      for (const r of table.responsibilities) {
        expect(meanings.get(table.assignments[r.id].association ?? '') ?? [], `${id} ${r.id}`).to.satisfy((m: string[]) => m.some((x) => x !== 'informed'));
      }
    }
    // Deciding together is part of the starting points: each asks who settles, none warns.
    expect(Object.fromEntries(TEMPLATE_IDS.map((id) => [id, askRoles(roleTableFromTemplate(id, 'fr')).map((q) => q.responsibility)]))).to.deep.equal({
      'association-office': ['comite-mixte'],
      'sante-services-sociaux': ['visites'],
      'organismes-communautaires': ['aide-devoirs'],
      municipalite: [],
      vide: [],
    });
  });

  it('gives its starting points in French and English alike, each in its own typography', () => {
    for (const id of TEMPLATE_IDS) {
      const fr = roleTableFromTemplate(id, 'fr');
      const en = roleTableFromTemplate(id, 'en');
      // The same partners, responsibilities and roles in both languages.
      expect(en.partners.map((p) => p.id), id).to.deep.equal(fr.partners.map((p) => p.id));
      expect(en.responsibilities.map((r) => r.id), id).to.deep.equal(fr.responsibilities.map((r) => r.id));
      expect(en.assignments, id).to.deep.equal(fr.assignments);
      const texts = (t: typeof fr) => [t.title, templateName(id, t === fr ? 'fr' : 'en'), ...t.partners.map((p) => p.name), ...t.responsibilities.map((r) => r.label)];
      texts(fr).forEach((text, i) => expect(texts(en)[i], `${id}: « ${text} » translated`).to.be.a('string').and.not.equal(text));
      for (const text of texts(fr)) {
        expect(text, `${id}: ${text}`).not.to.match(/'| [;:?!»]|« /);
      }
      for (const text of texts(en)) {
        expect(text, `${id}: ${text}`).not.to.match(/'|(?<!housing )\boffice\b|low-rent |Sign-ups|Laying out|Snow clearing|goes wrong/i);
      }
    }
    const en = roleTableFromTemplate('municipalite', 'en').responsibilities.map((r) => r.label);
    expect(en.slice(0, 2)).to.deep.equal(['Developing a park near the low-rental housing (HLM) buildings', 'Clearing snow from sidewalks near the low-rental housing (HLM) buildings']);
    expect(roleTableFromTemplate('association-office', 'en').responsibilities.find((r) => r.id === 'recours')!.label).to.equal('If problems arise, deciding to take the matter to the CCR or the housing office’s board');
    expect(roleTableFromTemplate('organismes-communautaires', 'en').responsibilities.at(-1)!.label).to.equal('Registration and information for families');
    for (const role of defaultVocabulary) {
      for (const text of [role.label, role.short, role.description] as Array<{ fr: string; en: string }>) {
        expect(text.fr, role.id).not.to.match(/'| [;:?!»]|« /);
        expect(text.en, role.id).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('warns of a partner with no role at all, and of an empty table', () => {
    const table = small();
    table.partners.push({ id: 'ccr', name: 'CCR' });
    expect(checkRoles(table)).to.deep.equal([{ kind: 'partner-without-role', partner: 'ccr' }]);
    expect(checkRoles({ ...table, responsibilities: [] })).to.deep.equal([{ kind: 'empty-table' }]);
    expect(checkRoles({ ...table, partners: [] })).to.deep.equal([{ kind: 'empty-table' }]);
  });

  it('rejects a table whose cells name unknown partners, responsibilities or roles', () => {
    const paths = (t: unknown) => {
      const r = RoleTableSchema.safeParse(t);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    const table = small();
    expect(paths(table)).to.deep.equal([]);
    expect(paths({ ...table, assignments: { r1: { nobody: 'decide' } } })).to.deep.equal(['assignments.r1.nobody']);
    expect(paths({ ...table, assignments: { r1: { oh: 'boss' } } })).to.deep.equal(['assignments.r1.oh']);
    expect(paths({ ...table, assignments: { rx: {} } })).to.deep.equal(['assignments.rx']);
    expect(paths({ ...table, partners: [...table.partners, { id: 'oh', name: 'Encore' }] })).to.deep.equal(['partners.2.id']);
    expect(paths({ ...table, partners: [{ id: 'x', name: '   ' }] , assignments: {} })).to.deep.equal(['partners.0.name']);
    expect(paths({ ...table, date: '23/11/2026' })).to.deep.equal(['date']);
    // Saved as JSON and read again: the same table.
    expect(RoleTableSchema.parse(JSON.parse(JSON.stringify(table)))).to.deep.equal(table);
  });

  it('writes CSV that a French-Canadian spreadsheet opens cleanly', async () => {
    const table = small();
    table.partners[0].name = 'Association « Les Érables »; secteur nord';
    table.responsibilities[1].label = '=SOMME(A1:A9)';
    const csv = roleTableToCsv(table, 'fr');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Responsabilité;"Association « Les Érables »; secteur nord";Office',
      'Entretien;Donne son avis;Décide et réalise',
      '\'=SOMME(A1:A9);Décide et réalise;',
      '',
    ]);
    // UTF-8 bytes, BOM first.
    const bytes = new Uint8Array(await new Blob([csv]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(roleTableToCsv(small(), 'en').slice(1).split('\r\n')[0]).to.equal('Responsibility,Association,Office');
    expect(csvCell('dit "oui"', ';')).to.equal('"dit ""oui"""');
    expect(csvCell('-5', ',')).to.equal("'-5");
  });
});
