import { expect } from '@open-wc/testing';
import { mergeProgress, sameProgress, stamp } from '../src/components/checklist/merge.js';
import type { Progress } from '../src/components/checklist/result.js';

/** Two tabs' copies of one person's progress, merged item by item. */

const at = (minute: number) => new Date(Date.UTC(2027, 0, 15, 12, minute)).toISOString();

function copy(id: string, started: number, answers: Progress['answers'], times: Record<string, number>, updated = started): Progress {
  return {
    id,
    startedAt: at(started),
    updatedAt: at(updated),
    completedAt: null,
    answers,
    profile: {},
    times: { answers: Object.fromEntries(Object.entries(times).map(([k, m]) => [k, at(m)])), profile: {} },
  };
}

/** A small reproducible generator of copies (a linear congruential sequence). */
function* copies(seed: number): Generator<Progress> {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const ids = ['a', 'b', 'c', 'constructor'];
  for (;;) {
    const answers: Progress['answers'] = {};
    const times: Record<string, number> = {};
    for (const id of ids) {
      const roll = next(4);
      if (roll === 0) continue;
      times[id] = next(10);
      if (roll > 1) answers[id] = roll === 3 ? 'na' : next(4) + 1;
    }
    yield copy(`r${next(3)}`, next(5), answers, times, 10);
  }
}

describe('mergeProgress', () => {
  it('keeps each item from the copy that changed it last, a removal included', () => {
    const mine = copy('x', 0, { a: 1, b: 2 }, { a: 1, b: 5, c: 6 }, 6);
    const theirs = copy('x', 0, { a: 3, c: 4 }, { a: 4, b: 2, c: 3 }, 4);
    const merged = mergeProgress(mine, theirs);
    // a: theirs at 4 beats mine at 1; b: mine at 5; c: removed here at 6, after theirs at 3.
    expect(merged.answers).to.deep.equal({ a: 3, b: 2 });
    expect(merged.updatedAt).to.equal(at(6));
  });

  it('keeps the earlier start’s id, so that both tabs end with one result', () => {
    const merged = mergeProgress(copy('later', 5, { a: 1 }, { a: 5 }), copy('earlier', 2, { b: 2 }, { b: 2 }));
    expect(merged).to.deep.include({ id: 'earlier', startedAt: at(2) });
    expect(merged.answers).to.deep.equal({ a: 1, b: 2 });
  });

  it('treats an id such as constructor as an item, and writes nothing to Object.prototype', () => {
    const merged = mergeProgress(copy('x', 0, {}, {}), copy('x', 0, { constructor: 2 }, { constructor: 1 }));
    expect(merged.answers).to.deep.equal({ constructor: 2 });
    expect(Object.hasOwn(merged.answers, 'constructor')).to.equal(true);
    expect(Object.getOwnPropertyNames(Object.prototype)).to.not.include('a');
  });

  it('converges: both orders give the same answers, and merging again changes nothing (500 random pairs)', () => {
    const gen = copies(42);
    for (let i = 0; i < 500; i++) {
      const a = gen.next().value as Progress;
      const b = gen.next().value as Progress;
      const ab = mergeProgress(a, b);
      const ba = mergeProgress(b, a);
      expect(sameProgress(ab, ba), `pair ${i}: ${JSON.stringify([a, b])}`).to.equal(true);
      expect(sameProgress(mergeProgress(ab, b), ab), `pair ${i} again`).to.equal(true);
      expect(sameProgress(mergeProgress(ab, ab), ab)).to.equal(true);
    }
  });

  it('stamps the ids whose value changed, removals too, and leaves the others’ times', () => {
    const times = stamp({ a: 1, b: 2, c: 3 }, { a: 1, b: 4, d: 5 }, { a: 'then', b: 'then', c: 'then' }, 'now');
    expect(times).to.deep.equal({ a: 'then', b: 'now', c: 'now', d: 'now' });
  });
});
