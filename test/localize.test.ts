import { expect } from '@open-wc/testing';
import { plural } from '../src/internal/localize.js';

const form = (locale: 'fr' | 'en', count: number) => plural(locale, count, () => 'one', () => 'other');

describe('plural', () => {
  it('takes 0 and 1, and what lies between, as singular in French', () => {
    expect([0, 1, 1.5, 2, 10, 1_000_000].map((n) => form('fr', n))).to.deep.equal(['one', 'one', 'one', 'other', 'other', 'other']);
  });

  it('takes 1 alone as singular in English', () => {
    expect([0, 1, 1.5, 2, 21].map((n) => form('en', n))).to.deep.equal(['other', 'one', 'other', 'other', 'other']);
  });

  it('agrees with the plural rules of the browser on whole numbers', () => {
    for (const locale of ['fr', 'en'] as const) {
      const rules = new Intl.PluralRules(locale === 'fr' ? 'fr-CA' : 'en-CA');
      for (let n = 0; n <= 200; n++) expect(form(locale, n), `${locale} ${n}`).to.equal(rules.select(n) === 'one' ? 'one' : 'other');
    }
  });
});
