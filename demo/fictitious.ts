// Fictitious results of the default questionnaire, made from a fixed seed (the same every time):
// the summary demo shows them, and `npm run bench` times the summary of thousands of them.
import { defaultInstrument } from '../src/instruments/default.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Answers, Result } from '../src/schema/result.js';

/** A small reproducible generator (mulberry32): the same members on every run. */
export function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The results of `count` members of each kind of organization (`[kind, count]`), in that order. */
export function fictitiousResults(kinds: ReadonlyArray<readonly [string, number]>, seed = 2027): Result[] {
  const random = generator(seed);
  const choices = defaultInstrument.scale.choices.map((c) => c.value);
  const fictitious = (index: number, kind: string): Result => {
    // Each member leans one way; some items are harder for everyone, some divide them.
    const lean = random() * 1.6 - 0.8;
    const answers: Answers = {};
    defaultInstrument.items.forEach((item, i) => {
      if (random() < 0.06) return;
      if (random() < 0.07) {
        // « Ne s'applique pas » or « Je ne sais pas », the impacts' items more often set aside.
        answers[item.id] = item.section === 'retombees' || random() < 0.5 ? 'na' : 'dk';
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
  };
  let index = 0;
  return kinds.flatMap(([kind, count]) => Array.from({ length: count }, () => fictitious(index++, kind)));
}
