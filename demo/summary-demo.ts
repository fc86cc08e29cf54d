// The summary demo: 200 fictitious results, made from a fixed seed (the same every time), of
// every kind of organization, with a few kinds small enough to be merged into « Autres ».
import '../src/partenariat-summary.js';
import { defaultInstrument } from '../src/instruments/default.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Answers, Result } from '../src/schema/result.js';
import type { PartenariatSummary } from '../src/components/summary/summary.js';

/** A small reproducible generator (mulberry32): the page shows the same members on every load. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(2027);
const kinds: Array<[string, number]> = [
  ['association-locataires', 90],
  ['organisme-communautaire', 45],
  ['obnl-habitation', 30],
  ['office-habitation', 25],
  ['cooperative-habitation', 6],
  ['ccr', 3],
  ['autre', 1],
];
const choices = defaultInstrument.scale.choices.map((c) => c.value);

function fictitious(index: number, kind: string): Result {
  // Each member leans one way; some items are harder for everyone, some divide them.
  const lean = random() * 1.6 - 0.8;
  const answers: Answers = {};
  defaultInstrument.items.forEach((item, i) => {
    if (random() < 0.06) return;
    if (random() < 0.05) {
      answers[item.id] = 'na';
      return;
    }
    const hard = i % 7 === 3 ? -1 : 0;
    const easy = i % 5 === 1 ? 1.4 : 0;
    const divisive = i % 11 === 5 ? (random() < 0.5 ? -1.5 : 1.5) : 0;
    const raw = 2.8 + lean + hard + easy + divisive + (random() - 0.5) * 1.6;
    answers[item.id] = choices[Math.max(0, Math.min(choices.length - 1, Math.round(raw) - 1))];
  });
  const day = new Date(Date.UTC(2027, 0, 10 + Math.floor(index / 10), 9 + (index % 8))).toISOString();
  return buildResult(
    defaultInstrument,
    { id: `fictif-${index + 1}`, startedAt: day, updatedAt: day, completedAt: day, answers, profile: { 'type-organisme': kind } },
    'fr',
  );
}

let index = 0;
const results = kinds.flatMap(([kind, count]) => Array.from({ length: count }, () => fictitious(index++, kind)));
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
