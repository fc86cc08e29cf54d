// The radar demo page: three series on the impact dimensions, and a group's mean with its range.
import './demo.js';
import type { PartenariatRadar } from '../src/components/radar/radar.js';

const compare = document.querySelector<PartenariatRadar>('#compare')!;
compare.series = [
  { label: { fr: 'Notre vue (2026)', en: 'Our view (2026)' }, values: { financier: 50, expertise: 83.3, reseautage: 33.3, 'innovation-sociale': 66.7 } },
  { label: { fr: 'Vue de l’office (2026)', en: 'The office’s view (2026)' }, values: { financier: 66.7, expertise: 75, reseautage: 58.3, 'innovation-sociale': 50 } },
  { label: { fr: 'Notre vue (2025)', en: 'Our view (2025)' }, values: { financier: 33.3, expertise: 66.7, reseautage: 25, 'innovation-sociale': null } },
];

const group = document.querySelector<PartenariatRadar>('#group')!;
group.series = [
  {
    label: { fr: 'Moyenne des 14 associations membres', en: 'Mean of the 14 member associations' },
    values: { fondements: 68, 'vision-confiance': 72, 'gouvernance-communication': 51, 'bonnes-pratiques': 44, retombees: 58, 'apprendre-ensemble': 63 },
    low: { fondements: 41, 'vision-confiance': 50, 'gouvernance-communication': 22, 'bonnes-pratiques': 17, retombees: 33, 'apprendre-ensemble': 38 },
    high: { fondements: 92, 'vision-confiance': 100, 'gouvernance-communication': 83, 'bonnes-pratiques': 75, retombees: 88, 'apprendre-ensemble': 90 },
  },
];
