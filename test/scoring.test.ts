import { expect } from '@open-wc/testing';
import { bandFor, computeScores, recommendationsFor, scoreItems, unansweredItems } from '../src/components/checklist/scoring.js';
import { buildResult, newId } from '../src/components/checklist/result.js';
import { ResultSchema } from '../src/schema/result.js';
import { miniInstrument } from './helpers.js';

describe('scoring', () => {
  const inst = miniInstrument();

  it('computes overall, section and dimension scores by hand, leaving « ne s’applique pas » out', () => {
    // a1=4, a2=2, b1=N/A, b2=3: three answers on the 1–4 scale, sum 9.
    const scores = computeScores(inst, { a1: 4, a2: 2, b1: 'na', b2: 3 });
    expect(scores.overall).to.deep.equal({
      mean: 3,
      percent: 66.7, // (9 − 3×1) / (3 × 3) = 2/3
      answered: 3,
      notApplicable: 1,
      dontKnow: 0,
      total: 4,
      band: 'a-discuter',
    });
    expect(scores.sections).to.deep.equal([
      { id: 'a', mean: 3, percent: 66.7, answered: 2, notApplicable: 0, dontKnow: 0, total: 2, band: 'a-discuter' },
      { id: 'b', mean: 3, percent: 66.7, answered: 1, notApplicable: 1, dontKnow: 0, total: 2, band: 'a-discuter' },
    ]);
    expect(scores.dimensions).to.deep.equal([
      { id: 'fin', mean: 4, percent: 100, answered: 1, notApplicable: 1, dontKnow: 0, total: 2, band: 'force' },
      { id: 'exp', mean: 2, percent: 33.3, answered: 1, notApplicable: 0, dontKnow: 0, total: 1, band: 'a-travailler' },
    ]);
  });

  it('gives no score, and no band, to an empty section or one answered only « ne s’applique pas »', () => {
    const withEmpty = { ...inst, sections: [...inst.sections, { id: 'c', title: 'Vide' }] };
    const scores = computeScores(withEmpty, { a1: 'na', a2: 'na', b1: 4 });
    expect(scores.sections[0]).to.include({ mean: null, percent: null, answered: 0, notApplicable: 2, band: null });
    expect(scores.sections[2]).to.deep.equal({
      id: 'c', mean: null, percent: null, answered: 0, notApplicable: 0, dontKnow: 0, total: 0, band: null,
    });
  });

  it('gives no overall score when every answer is « ne s’applique pas »', () => {
    const scores = computeScores(inst, { a1: 'na', a2: 'na', b1: 'na', b2: 'na' });
    expect(scores.overall).to.deep.equal({
      mean: null, percent: null, answered: 0, notApplicable: 4, dontKnow: 0, total: 4, band: null,
    });
    expect(recommendationsFor(inst, { a1: 'na' }, 'fr')).to.deep.equal([]);
  });

  it('puts scores at the edges of the bands in the upper band', () => {
    expect(bandFor(inst, 100)?.id).to.equal('force');
    expect(bandFor(inst, 75)?.id).to.equal('force');
    expect(bandFor(inst, 74.9)?.id).to.equal('a-discuter');
    expect(bandFor(inst, 50)?.id).to.equal('a-discuter');
    expect(bandFor(inst, 49.9)?.id).to.equal('a-travailler');
    expect(bandFor(inst, 0)?.id).to.equal('a-travailler');
    expect(bandFor(inst, null)).to.equal(null);
    // 4, 4, 4, 1 → (13 − 4) / 12 = exactly 75 %: Force, not À discuter.
    expect(scoreItems(inst, inst.items, { a1: 4, a2: 4, b1: 4, b2: 1 })).to.include({ percent: 75, band: 'force' });
    // 1, 4 → (5 − 2) / 6 = exactly 50 %.
    expect(scoreItems(inst, inst.items, { a1: 1, a2: 4 })).to.include({ percent: 50, band: 'a-discuter' });
  });

  it('recommends for the weak items only, weakest first, in the asked language', () => {
    const answers = { a1: 4, a2: 3, b1: 1, b2: 'na' as const };
    expect(recommendationsFor(inst, answers, 'fr')).to.deep.equal([
      { item: 'b1', section: 'b', band: 'a-travailler', percent: 0, text: 'Conseil B1' },
      { item: 'a2', section: 'a', band: 'a-discuter', percent: 66.7, text: 'Conseil A2' },
    ]);
    expect(recommendationsFor(inst, answers, 'en').map((r) => r.text)).to.deep.equal(['Advice B1', 'Advice A2']);
  });

  it('lists the unanswered items in the questionnaire’s order', () => {
    expect(unansweredItems(inst, { a2: 1, b1: 'na' }).map((i) => i.id)).to.deep.equal(['a1', 'b2']);
  });

  it('builds a result that its schema accepts', () => {
    const now = new Date().toISOString();
    const result = buildResult(
      inst,
      { id: newId(), startedAt: now, updatedAt: now, completedAt: null, answers: { a1: 2 }, profile: { organisation: 'Association X' } },
      'en',
    );
    const parsed = ResultSchema.safeParse(result);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(result.instrument).to.deep.equal({ id: 'mini', version: '1' });
    expect(result.recommendations[0].text).to.equal('Advice A1');
  });

  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (plain http pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).to.match(uuid);
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = new Set(Array.from({ length: 50 }, () => newId()));
      expect(ids.size).to.equal(50);
      ids.forEach((id) => expect(id).to.match(uuid));
    } finally {
      crypto.randomUUID = original;
    }
  });
});
