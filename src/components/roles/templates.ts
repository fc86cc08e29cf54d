import type { Role, RoleTable } from '../../schema/roles.js';
import type { Locale } from '../../schema/text.js';

/**
 * The default vocabulary: a plain-language version of the usual « who does, who decides, who is
 * consulted, who is informed », one role per cell.
 */
export const defaultVocabulary: Role[] = [
  {
    id: 'decide-realise',
    label: { fr: 'Décide et réalise', en: 'Decides and carries out' },
    short: { fr: 'DR', en: 'DC' },
    description: { fr: 'Prend la décision et fait le travail (ou le coordonne).', en: 'Makes the decision and does the work (or coordinates it).' },
    meanings: ['decides', 'does'],
  },
  {
    id: 'decide',
    label: { fr: 'Décide', en: 'Decides' },
    short: { fr: 'D', en: 'D' },
    description: { fr: 'Prend la décision finale et en répond.', en: 'Makes the final decision and answers for it.' },
    meanings: ['decides'],
  },
  {
    id: 'codecide',
    label: { fr: 'Décide avec', en: 'Decides jointly' },
    short: { fr: 'DA', en: 'DJ' },
    description: { fr: 'Décide avec les autres parties qui décident, sur une base d’égalité.', en: 'Decides with the other deciding parties, as equals.' },
    meanings: ['decides'],
  },
  {
    id: 'realise',
    label: { fr: 'Réalise', en: 'Carries out' },
    short: { fr: 'R', en: 'C' },
    description: { fr: 'Fait le travail ou le coordonne.', en: 'Does the work or coordinates it.' },
    meanings: ['does'],
  },
  {
    id: 'avis',
    label: { fr: 'Donne son avis', en: 'Advises' },
    short: { fr: 'A', en: 'A' },
    description: { fr: 'Sa voix est entendue avant la décision.', en: 'Is heard before the decision is made.' },
    meanings: ['consulted'],
  },
  {
    id: 'information',
    label: { fr: 'Reçoit l’information', en: 'Kept informed' },
    short: { fr: 'I', en: 'I' },
    description: { fr: 'Apprend la décision une fois qu’elle est prise.', en: 'Is told of the decision once it is made.' },
    meanings: ['informed'],
  },
];

export const TEMPLATE_IDS = ['association-office', 'sante-services-sociaux', 'organismes-communautaires', 'municipalite', 'vide'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Bilingual = { fr: string; en: string };
interface TemplateSource {
  name: Bilingual;
  title: Bilingual;
  partners: Array<[string, Bilingual]>;
  rows: Array<[string, Bilingual, Record<string, string>]>;
}

const ASSO: [string, Bilingual] = ['association', { fr: 'Association de locataires', en: 'Tenants’ association' }];
const OH: [string, Bilingual] = ['office', { fr: 'Office d’habitation (OH)', en: 'Housing office (OH)' }];

/** Starting points drawn from the FLHLMQ fact sheet and the concertation on partnerships. */
const TEMPLATES: Record<TemplateId, TemplateSource> = {
  'association-office': {
    name: { fr: 'Association de locataires et office d’habitation', en: 'Tenants’ association and housing office' },
    title: { fr: 'Partenariat entre l’association de locataires et l’office d’habitation', en: 'Partnership between the tenants’ association and the housing office' },
    partners: [ASSO, OH, ['ccr', { fr: 'Comité consultatif de résidants (CCR)', en: 'Residents’ advisory committee (CCR)' }]],
    rows: [
      ['espaces-communs', { fr: 'Entretien des espaces communs', en: 'Upkeep of the common spaces' }, { office: 'decide-realise', association: 'avis', ccr: 'information' }],
      ['rencontre-annuelle', { fr: 'Rencontre annuelle pour transmettre les priorités des locataires à l’office', en: 'Yearly meeting to pass on the tenants’ priorities to the housing office' }, { association: 'decide-realise', office: 'information', ccr: 'avis' }],
      ['compte-rendu', { fr: 'Court compte rendu des décisions et suivi des demandes', en: 'Short record of the decisions and follow-up of requests' }, { association: 'decide-realise', office: 'avis', ccr: 'information' }],
      ['mandat', { fr: 'Mandat de la représentante ou du représentant auprès de l’office', en: 'Mandate of the representative to the housing office' }, { association: 'decide-realise', office: 'information', ccr: 'information' }],
      ['informer-locataires', { fr: 'Informer les locataires des décisions et des suivis', en: 'Telling the tenants about decisions and follow-ups' }, { association: 'decide-realise', office: 'avis' }],
      ['comite-mixte', { fr: 'Comité de travail mixte sur un thème donné', en: 'Joint working committee on a given topic' }, { association: 'decide-realise', office: 'codecide', ccr: 'codecide' }],
      ['recours', { fr: 'En cas de difficulté, décider de porter la question au CCR ou au CA de l’office', en: 'If problems arise, deciding to take the matter to the CCR or the housing office’s board' }, { association: 'decide-realise', ccr: 'avis', office: 'information' }],
      ['recours-ca', { fr: 'Traiter la question au CA de l’office, avec les administratrices et administrateurs locataires', en: 'Dealing with the matter at the housing office’s board, with the tenant board members' }, { office: 'decide-realise', association: 'avis', ccr: 'information' }],
    ],
  },
  'sante-services-sociaux': {
    name: { fr: 'Réseau de la santé et des services sociaux', en: 'Health and social services network' },
    title: { fr: 'Partenariat avec le réseau de la santé et des services sociaux', en: 'Partnership with the health and social services network' },
    partners: [ASSO, ['clsc', { fr: 'CLSC (CISSS ou CIUSSS)', en: 'CLSC (CISSS or CIUSSS)' }], OH],
    rows: [
      ['visites', { fr: 'Visites aux personnes locataires isolées ou malades', en: 'Visits to isolated or ill tenants' }, { clsc: 'decide-realise', association: 'codecide', office: 'information' }],
      ['reperage', { fr: 'Faire connaître les visites aux locataires qui pourraient en avoir besoin (aucun renseignement personnel transmis sans le consentement de la personne)', en: 'Letting tenants who may need the visits know about them (no personal information passed on without the person’s consent)' }, { association: 'decide-realise', clsc: 'avis' }],
      ['vaccination', { fr: 'Clinique de vaccination dans la salle communautaire', en: 'Vaccination clinic in the community room' }, { clsc: 'decide-realise', association: 'realise', office: 'avis' }],
      ['salle', { fr: 'Prêt et préparation de la salle communautaire', en: 'Lending and setting up the community room' }, { office: 'decide', association: 'realise', clsc: 'information' }],
    ],
  },
  'organismes-communautaires': {
    name: { fr: 'Organismes communautaires', en: 'Community organizations' },
    title: { fr: 'Partenariat avec un organisme communautaire du quartier', en: 'Partnership with a neighbourhood community organization' },
    partners: [ASSO, ['organisme', { fr: 'Organisme communautaire', en: 'Community organization' }], OH],
    rows: [
      ['aide-devoirs', { fr: 'Aide aux devoirs pour les enfants', en: 'Homework help for children' }, { organisme: 'decide-realise', association: 'codecide', office: 'information' }],
      // Each keeps its autonomy (the fact sheet's « tout en gardant leur autonomie »): the
      // organization decides its own activity, the association is heard.
      ['cuisines', { fr: 'Cuisines collectives', en: 'Collective kitchens' }, { organisme: 'decide-realise', association: 'avis', office: 'information' }],
      ['local', { fr: 'Local et matériel', en: 'Premises and equipment' }, { office: 'decide', association: 'realise', organisme: 'avis' }],
      ['inscriptions', { fr: 'Inscriptions et information des familles', en: 'Registration and information for families' }, { association: 'decide-realise', organisme: 'avis' }],
    ],
  },
  municipalite: {
    name: { fr: 'Municipalité', en: 'Municipality' },
    title: { fr: 'Partenariat avec la municipalité', en: 'Partnership with the municipality' },
    partners: [ASSO, ['municipalite', { fr: 'Municipalité', en: 'Municipality' }], OH],
    rows: [
      ['parc', { fr: 'Aménagement d’un parc près des HLM', en: 'Developing a park near the low-rental housing (HLM) buildings' }, { municipalite: 'decide-realise', association: 'avis', office: 'avis' }],
      ['deneigement', { fr: 'Déneigement des trottoirs près des HLM', en: 'Clearing snow from sidewalks near the low-rental housing (HLM) buildings' }, { municipalite: 'decide-realise', association: 'avis', office: 'avis' }],
      ['consultation', { fr: 'Consulter les locataires sur l’aménagement du parc', en: 'Consulting the tenants on developing the park' }, { association: 'decide-realise', municipalite: 'avis' }],
      // The park and the sidewalks are the municipality's: it decides what is done about them.
      ['suivi', { fr: 'Signaler les problèmes du parc et des trottoirs et faire les suivis', en: 'Reporting problems with the park and sidewalks and following them up' }, { association: 'realise', municipalite: 'decide', office: 'information' }],
    ],
  },
  vide: {
    name: { fr: 'Tableau vide', en: 'Blank table' },
    title: { fr: 'Qui fait quoi dans notre partenariat', en: 'Who does what in our partnership' },
    partners: [],
    rows: [],
  },
};

/** The name of a starting point, for the menu. */
export function templateName(id: TemplateId, locale: Locale): string {
  return TEMPLATES[id].name[locale];
}

/** A new role table from a starting point, in `locale` (partners and responsibilities are then the partners’ own words). */
export function roleTableFromTemplate(id: TemplateId, locale: Locale): RoleTable {
  const source = TEMPLATES[id];
  return {
    format: 'partenariat-roles',
    version: 1,
    title: source.title[locale],
    partners: source.partners.map(([pid, name]) => ({ id: pid, name: name[locale] })),
    responsibilities: source.rows.map(([rid, label]) => ({ id: rid, label: label[locale] })),
    vocabulary: defaultVocabulary.map((role) => ({ ...role })),
    assignments: Object.fromEntries(source.rows.map(([rid, , cells]) => [rid, { ...cells }])),
  };
}
