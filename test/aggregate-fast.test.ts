import { expect } from '@open-wc/testing';
import { aggregate, createAggregator, createCoder, readCounted, type CodedResult } from '../src/components/summary/aggregate.js';
import { defaultInstrument } from '../src/instruments/default.js';
import { fictitiousResults } from '../demo/fictitious.js';
import { miniInstrument } from './helpers.js';
import { CountedSchema, referenceAggregate } from './aggregate-reference.js';
import type { Instrument } from '../src/schema/instrument.js';

/**
 * aggregate() reads most results without zod: a check of its own, never looser than the schema
 * (zod decides whenever it is unsure), and answers and scores kept in typed arrays. These tests
 * hold it to the schema's verdict and to the plain per-result computation, output for output.
 */

const NOW = new Date('2027-02-01T00:00:00.000Z');

/** The mini questionnaire, with a kind of organization to group by. */
function mini(): Instrument {
  return {
    ...miniInstrument(),
    profile: [{ id: 'type', type: 'choice', label: 'Type', choices: ['a', 'b', 'c'].map((value) => ({ value, label: value })) }],
  };
}

function valid(): Record<string, unknown> {
  return {
    format: 'partenariat-result',
    version: 1,
    id: 'r-1',
    instrument: { id: 'mini', version: '1' },
    locale: 'fr',
    startedAt: '2027-01-15T12:00:00.000Z',
    updatedAt: '2027-01-15T12:00:00.000Z',
    completedAt: null,
    profile: { type: 'a' },
    answers: { a1: 4, a2: 'na', b1: 2 },
    scores: 'not read',
    recommendations: 'not read',
  };
}

const symbolKeyed = (base: object) => Object.assign({ ...base }, { [Symbol('s')]: 1 });
const hidden = (base: object, key: string, value: unknown) => Object.defineProperty({ ...base }, key, { value, enumerable: false });
const withProto = (base: object) => Object.assign(Object.create({ inherited: 1 }), base);
const nullProto = (base: object) => Object.assign(Object.create(null), base);
class Box {
  constructor(values: object) {
    Object.assign(this, values);
  }
}

const badIds = ['', ' ', 'a b', '-a', '_a', 'é', 'a/b', 'a'.repeat(100), 'a'.repeat(101), '0', 'constructor', '__proto__', 'toString', 'a\n', 1, null];
const badValues = [undefined, null, 0, 1, -1, NaN, Infinity, -Infinity, '', 'x', true, [], {}, [1], new Date(0), 'a'.repeat(101)];
const dates = [
  '2027-01-15T12:00:00Z', '2027-01-15T12:00:00.1Z', '2027-01-15T12:00:00.123456789Z', '2027-01-15T12:00:00+05:00',
  '2027-01-15T12:00:00-0500', '2027-01-15T12:00Z', '2027-01-15T12:00:00', '2027-01-15', '2027-01-15 12:00:00Z',
  '2027-01-15t12:00:00z', '2027-13-15T12:00:00Z', '2027-02-30T12:00:00Z', '2027-01-15T24:00:00Z', ' 2027-01-15T12:00:00Z',
  '2027-01-15T12:00:00Z ', '+2027-01-15T12:00:00Z', '2027-01-15T12:00:60Z',
];

/** Valid results spoiled one place at a time, and a few whole-object oddities. */
function variants(): unknown[] {
  const out: unknown[] = [];
  const set = (path: string[], value: unknown) => {
    const v = structuredClone(valid());
    let at: Record<string, unknown> = v;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    if (value === undefined) delete at[path[path.length - 1]];
    else at[path[path.length - 1]] = value;
    out.push(v);
  };
  for (const key of ['format', 'version', 'id', 'instrument', 'locale', 'updatedAt', 'profile', 'answers', 'startedAt', 'scores']) {
    for (const value of [...badValues, ...badIds]) set([key], value);
  }
  for (const value of ['partenariat-results', 'Partenariat-result', 'partenariat-summary']) set(['format'], value);
  for (const value of ['1', 2, 1.0, 1.5, -1]) set(['version'], value);
  for (const value of ['FR', 'fr-CA', 'es', 'en']) set(['locale'], value);
  for (const value of dates) set(['updatedAt'], value);
  for (const value of [...badIds, ...badValues]) {
    set(['instrument', 'id'], value);
    set(['instrument', 'version'], value);
    set(['profile', 'type'], value);
    set(['answers', 'a1'], value);
  }
  for (const key of badIds.filter((k): k is string => typeof k === 'string')) {
    set(['profile', key], 'x');
    set(['answers', key], 1);
    set(['answers', key], 'na');
  }
  for (const value of [5, 0, 2.5, -0, 1e308, 'NA', 'n/a', '1']) set(['answers', 'a1'], value);
  set(['profile', 'type'], 'a'.repeat(500));
  set(['profile', 'type'], 'a'.repeat(501));
  set(['id'], 'a'.repeat(100));
  set(['id'], 'a'.repeat(101));
  set(['extra'], { anything: true });
  const base = valid();
  out.push(
    symbolKeyed(base), withProto(base), nullProto(base), new Box(base), [base], JSON.stringify(base),
    { ...base, answers: symbolKeyed(base.answers as object) }, { ...base, profile: symbolKeyed(base.profile as object) },
    { ...base, answers: hidden(base.answers as object, 'b2', 4) }, { ...base, answers: hidden(base.answers as object, 'b2', 'bad') },
    { ...base, profile: hidden(base.profile as object, 'type', 'b') }, { ...base, answers: withProto(base.answers as object) },
    { ...base, answers: nullProto(base.answers as object) }, { ...base, profile: nullProto(base.profile as object) },
    { ...base, answers: new Box(base.answers as object) }, { ...base, instrument: nullProto(base.instrument as object) },
    { ...base, instrument: new Box(base.instrument as object) }, withProto({ ...base, format: undefined }),
    JSON.parse('{"format":"partenariat-result","version":1,"id":"p","instrument":{"id":"mini","version":"1"},"locale":"fr","updatedAt":"2027-01-15T12:00:00Z","profile":{"__proto__":"x"},"answers":{"__proto__":4,"a1":3}}'),
    JSON.parse('{"format":"partenariat-result","version":1,"id":"p","instrument":{"id":"mini","version":"1"},"locale":"fr","updatedAt":"2027-01-15T12:00:00Z","profile":{},"answers":{"a1":3},"__proto__":{"x":1}}'),
  );
  return out;
}

describe('aggregate: the fast path', () => {
  it('is never looser than the schema: readCounted accepts nothing the schema refuses', () => {
    let accepted = 0;
    for (const [i, value] of variants().entries()) {
      const fast = readCounted(value);
      if (!fast) continue;
      accepted++;
      // What readCounted reads besides the answers, which the table checks as it fills them.
      const { answers: _, ...rest } = value as Record<string, unknown>;
      const parsed = CountedSchema.safeParse({ ...rest, answers: {} });
      expect(parsed.success, `variant ${i}: ${JSON.stringify(value)}`).to.equal(true);
      expect(fast.id).to.equal(parsed.data!.id);
      expect(fast.updatedAt).to.equal(parsed.data!.updatedAt);
      expect(fast.instrument).to.deep.equal(parsed.data!.instrument);
    }
    expect(accepted).to.be.greaterThan(50);
  });

  it('accepts and refuses each malformed result as the schema does, with the same figures', function () {
    this.timeout(60000);
    const all = variants();
    let counted = 0;
    for (const [i, value] of all.entries()) {
      const ours = aggregate(mini(), [value], { now: NOW, groupBy: 'type', minGroup: 3 });
      const reference = referenceAggregate(mini(), [value], { now: NOW, groupBy: 'type', minGroup: 3 });
      expect(ours, `variant ${i}: ${JSON.stringify(value)}`).to.deep.equal(reference);
      expect(ours.excluded[0]?.reason !== 'invalid', `variant ${i}`).to.equal(CountedSchema.safeParse(value).success);
      counted += ours.n;
    }
    expect(counted).to.be.greaterThan(50);
    expect(aggregate(mini(), all, { now: NOW, groupBy: 'type', minGroup: 3 })).to.deep.equal(
      referenceAggregate(mini(), all, { now: NOW, groupBy: 'type', minGroup: 3 }),
    );
  });

  it('gives exactly the output of the plain computation over thousands of results, duplicates and rejects among them', function () {
    // The plain computation is the slow one: room for a busy machine.
    this.timeout(120000);
    const kinds: Array<[string, number]> = [
      ['association-locataires', 800], ['organisme-communautaire', 450], ['obnl-habitation', 250], ['office-habitation', 150],
      ['cooperative-habitation', 30], ['ccr', 4], ['autre', 2],
    ];
    const results: unknown[] = fictitiousResults(kinds, 7);
    // Copies of one result (later, earlier, the same instant with other answers), other versions, spoiled ones.
    for (let i = 0; i < 300; i++) {
      const r = structuredClone(results[(i * 7) % results.length]) as Record<string, any>;
      if (i % 5 === 0) r.updatedAt = '2028-01-01T00:00:00.000Z';
      if (i % 5 === 1) r.updatedAt = '2020-01-01T00:00:00.000Z';
      if (i % 5 === 2) r.answers = { ...r.answers, [defaultInstrument.items[0].id]: 1, extra: 'na' };
      if (i % 5 === 3) r.instrument = { ...r.instrument, version: 'autre' };
      if (i % 5 === 4) r.answers = { ...r.answers, [defaultInstrument.items[1].id]: 'oui' };
      results.splice((i * 13) % results.length, 0, r);
    }
    for (const options of [{}, { groupBy: 'type-organisme' }, { groupBy: 'type-organisme', minGroup: 40 }]) {
      const ours = aggregate(defaultInstrument, results, { now: NOW, ...options });
      expect(ours.excluded.length).to.be.greaterThan(100);
      expect(ours).to.deep.equal(referenceAggregate(defaultInstrument, results, { now: NOW, ...options }));
    }
  });

  it('gives the same output one result at a time, keeping nothing per result when the ids are unique', function () {
    this.timeout(60000);
    const results: unknown[] = fictitiousResults([['association-locataires', 300], ['obnl-habitation', 40], ['ccr', 3], ['autre', 1]], 11);
    // Rejects among them, which the streaming aggregator lists at their places too.
    results.splice(17, 0, { ...(results[3] as object), instrument: { id: defaultInstrument.id, version: 'autre' } }, { nope: 1 });
    for (const options of [{}, { groupBy: 'type-organisme' }, { groupBy: 'type-organisme', minGroup: 50 }, { groupBy: 'organisation' }]) {
      const aggregator = createAggregator(defaultInstrument, { now: NOW, uniqueIds: true, ...options });
      for (const result of results) aggregator.add(result);
      const streamed = aggregator.finish();
      expect(streamed.excluded.map((e) => [e.index, e.reason])).to.deep.equal([[17, 'other-version'], [18, 'invalid']]);
      expect(JSON.stringify(streamed)).to.equal(JSON.stringify(aggregate(defaultInstrument, results, { now: NOW, ...options })));
      expect(streamed).to.deep.equal(referenceAggregate(defaultInstrument, results, { now: NOW, ...options }));
    }
  });

  describe('coded results (createCoder, addCoded)', () => {
    /** The summary of `results` through `add()`, and through the coder and `addCoded()`, over the same options. */
    function bothWays(instrument: Instrument, results: readonly unknown[], options: { groupBy?: string; minGroup?: number }) {
      const direct = createAggregator(instrument, { now: NOW, uniqueIds: true, ...options });
      const coded = createAggregator(instrument, { now: NOW, uniqueIds: true, ...options });
      const code = createCoder(instrument);
      for (const result of results) {
        direct.add(result);
        const row = code(result);
        // What the coder refuses, add() leaves out: it is given as is, to be left out at its place.
        if (row) coded.addCoded(row);
        else coded.add(result);
      }
      return { direct: direct.finish(), coded: coded.finish() };
    }

    it('gives the same summary as add() over the demo’s fictitious results, with and without groups', function () {
      this.timeout(60000);
      const results: unknown[] = fictitiousResults([['association-locataires', 300], ['obnl-habitation', 40], ['ccr', 3], ['autre', 1]], 11);
      for (const options of [{}, { groupBy: 'type-organisme' }, { groupBy: 'type-organisme', minGroup: 50 }, { groupBy: 'organisation' }]) {
        const { direct, coded } = bothWays(defaultInstrument, results, options);
        expect(JSON.stringify(coded)).to.equal(JSON.stringify(direct));
      }
    });

    it('gives the same summary over « ne s’applique pas », « je ne sais pas », blanks, odd answers and unknown profile values', () => {
      const instrument: Instrument = { ...mini(), scale: { ...mini().scale, dontKnow: { label: { fr: 'Je ne sais pas', en: 'I don’t know' } } } };
      const make = (id: string, answers: Record<string, unknown>, profile: Record<string, unknown>) => ({ ...valid(), id, answers, profile });
      const results: unknown[] = [
        make('r1', { a1: 4, a2: 'na', b1: 'dk' }, { type: 'a' }),
        make('r2', { a1: 'dk', a2: 'dk', b1: 'dk', b2: 'dk' }, { type: 'a' }),
        make('r3', { a1: 'na', a2: 'na', b1: 'na', b2: 'na' }, { type: 'b' }),
        make('r4', {}, { type: 'a' }),
        make('r5', { a1: 2.5, a2: 7, b1: 1, zz: 4 }, { type: 'zz' }),
        make('r6', { a1: 1, b2: 3 }, {}),
        make('r7', { a1: 3, a2: 2, b1: 4, b2: 1 }, { type: 'c', other: 'x' }),
        make('r8', { a1: 2, b1: 2 }, { type: 'b' }),
        make('r9', { a1: 4, a2: 4, b1: 4, b2: 4 }, { type: 'a' }),
        { ...valid(), id: 'r10', instrument: { id: 'mini', version: '2' } },
        { ...valid(), id: 'r11', instrument: { id: 'autre', version: '1' } },
        { nope: 1 },
        ...variants(),
      ];
      for (const options of [{}, { groupBy: 'type', minGroup: 3 }, { groupBy: 'type' }]) {
        const { direct, coded } = bothWays(instrument, results, options);
        expect(JSON.stringify(coded)).to.equal(JSON.stringify(direct));
      }
      const code = createCoder(instrument);
      // One character per item; '0' blank (or an answer off the scale), 1… the scale, then na, then dk.
      expect(code(results[0])).to.deep.equal({ id: 'r1', updatedAt: valid().updatedAt, profile: { type: 'a' }, answers: '4560' });
      expect(code(results[4])!.answers).to.equal('0010');
      expect(code(results[6])!.profile, 'the choice fields alone').to.deep.equal({ type: 'c' });
      for (const refused of results.slice(9, 12)) expect(code(refused)).to.equal(null);
    });

    it('leaves out as invalid a coded row that is not one code per item of the questionnaire', () => {
      const aggregator = createAggregator(mini(), { now: NOW, uniqueIds: true });
      const row = (answers: string): CodedResult => ({ id: answers || 'empty', updatedAt: '2027-01-15T12:00:00.000Z', profile: {}, answers });
      // The mini scale has four choices and « ne s'applique pas »: codes 0 to 5.
      for (const answers of ['', '123', '12345', '1236', '123A', '12 3', '12-3', '123\u0000']) aggregator.addCoded(row(answers));
      aggregator.addCoded(row('1235'));
      const summary = aggregator.finish();
      expect(summary.n).to.equal(1);
      expect(summary.excluded.map((e) => e.reason)).to.deep.equal(Array(8).fill('invalid'));
      expect(summary.items.map((item) => item.notApplicable)).to.deep.equal([0, 0, 0, 1]);
      expect(() => createAggregator(mini()).addCoded(row('1234'))).to.throw(/uniqueIds/);
    });
  });
});
