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
