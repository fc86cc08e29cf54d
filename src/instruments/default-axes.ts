import type { LocalizedText } from '../schema/text.js';

/**
 * The names of the default questionnaire's impact dimensions and sections, on their own: the
 * radar draws its default axes from them without carrying the whole questionnaire (its items,
 * help and sources), and the questionnaire takes its names from here, so that both say the same.
 */
export const DEFAULT_DIMENSIONS = [
  { id: 'financier', label: { fr: 'Financier', en: 'Financial' } },
  { id: 'expertise', label: { fr: 'Expertise', en: 'Expertise' } },
  { id: 'reseautage', label: { fr: 'Réseautage', en: 'Networking' } },
  { id: 'innovation-sociale', label: { fr: 'Innovation sociale', en: 'Social innovation' } },
] as const satisfies ReadonlyArray<{ id: string; label: LocalizedText }>;

export const DEFAULT_SECTIONS = [
  { id: 'fondements', title: { fr: 'Les bases de notre partenariat', en: 'The foundations of our partnership' } },
  { id: 'vision-confiance', title: { fr: 'Vision commune, confiance et objectifs', en: 'Shared vision, trust and objectives' } },
  { id: 'gouvernance-communication', title: { fr: 'Gouvernance et communication', en: 'Governance and communication' } },
  { id: 'bonnes-pratiques', title: { fr: 'Bonnes pratiques et suivi', en: 'Good practices and follow-up' } },
  { id: 'retombees', title: { fr: 'Les retombées de notre partenariat', en: 'What our partnership brings' } },
  { id: 'apprendre-ensemble', title: { fr: 'Apprendre et grandir ensemble', en: 'Learning and growing together' } },
] as const satisfies ReadonlyArray<{ id: string; title: LocalizedText }>;
