import { expect } from '@open-wc/testing';
import { aggregate, buildResult, checkRoles, computeScores, defaultInstrument, roleTableFromTemplate } from '../src/helpers.js';

/** `partenariat/helpers`: the pure functions, with no element registered (this page imports nothing else). */
describe('partenariat/helpers', () => {
  it('gives the scoring, result, roles and summary functions and registers no element', () => {
    const answers = Object.fromEntries(defaultInstrument.items.map((item) => [item.id, 4]));
    expect(computeScores(defaultInstrument, answers).overall.percent).to.equal(100);
    const at = '2027-01-01T00:00:00.000Z';
    const result = buildResult(defaultInstrument, { id: 'r1', startedAt: at, updatedAt: at, completedAt: at, answers, profile: {} }, 'fr');
    expect(aggregate(defaultInstrument, [result]).n).to.equal(1);
    expect(checkRoles(roleTableFromTemplate('association-office', 'fr'))).to.be.an('array');
    for (const tag of ['partenariat-checklist', 'partenariat-radar', 'partenariat-roles', 'partenariat-summary']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });
});
