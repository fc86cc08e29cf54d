// The summary demo: 200 fictitious results, made from a fixed seed (the same every time), of
// every kind of organization, with a few kinds small enough to be merged into « Autres ».
import '../src/partenariat-summary.js';
import { fictitiousResults, generator } from './fictitious.js';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { defaultInstrument } from '../src/instruments/default.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Answers, Result } from '../src/schema/result.js';

const choices = defaultInstrument.scale.choices.map((c) => c.value);

const kinds: Array<[string, number]> = [
  ['association-locataires', 90],
  ['organisme-communautaire', 45],
  ['obnl-habitation', 30],
  ['office-habitation', 25],
  ['cooperative-habitation', 6],
  ['ccr', 3],
  ['autre', 1],
];
const results = fictitiousResults(kinds);
const element = document.querySelector<PartenariatSummary>('#summary')!;
element.results = results;

/**
 * Two fictitious partners, from their own fixed seed: the office sees most items about as the
 * association does, a little more kindly, and a few items quite otherwise.
 */
function partners(): [Result, Result] {
  const next = generator(4242);
  const association: Answers = {};
  const office: Answers = {};
  const last = choices.length - 1;
  const at = (raw: number) => choices[Math.max(0, Math.min(last, Math.round(raw)))];
  defaultInstrument.items.forEach((item, i) => {
    const base = 0.3 + next() * 2.6;
    association[item.id] = i % 13 === 6 ? 'na' : at(base);
    const apart = next() < 0.2 ? (next() < 0.5 ? -2 : 2) : 0;
    office[item.id] = i % 17 === 9 ? 'na' : at(base + 0.4 + apart + (next() - 0.5));
  });
  const day = new Date(Date.UTC(2027, 1, 3, 14)).toISOString();
  const make = (id: string, answers: Answers, organisation: string, kind: string) =>
    buildResult(
      defaultInstrument,
      { id, startedAt: day, updatedAt: day, completedAt: day, answers, profile: { organisation, 'type-organisme': kind } },
      'fr',
    );
  return [
    make('fictif-association', association, 'Association des locataires des Habitations du Ruisseau (fictive)', 'association-locataires'),
    make('fictif-office', office, 'Office d’habitation de Val-des-Cèdres (fictif)', 'office-habitation'),
  ];
}

const [association, office] = partners();
document.querySelector<PartenariatSummary>('#compare')!.results = [association, office];
const standing = document.querySelector<PartenariatSummary>('#standing')!;
standing.labels = ['Association des locataires des Habitations du Ruisseau (fictive)'];
standing.result = association;
standing.results = results;
