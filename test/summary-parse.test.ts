import { expect } from '@open-wc/testing';
import { parseResultsText } from '../src/components/summary/files.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { miniInstrument } from './helpers.js';

const result = (id: string) => ({ format: 'partenariat-result', id });

describe('parseResultsText (the summary’s files)', () => {
  it('reads one result, an array of results, and a byte-order mark', () => {
    expect(parseResultsText(JSON.stringify(result('a')))).to.deep.equal({ results: [result('a')], rejects: [] });
    expect(parseResultsText(`\uFEFF${JSON.stringify([result('a'), result('b')], null, 2)}`)).to.deep.equal({
      results: [result('a'), result('b')],
      rejects: [],
    });
  });

  it('reads NDJSON line by line, skips blank lines and names the lines it cannot read', () => {
    const text = [JSON.stringify(result('a')), '', '  ', JSON.stringify(result('b')), '{"id": "c"', '42', JSON.stringify(result('d')), ''].join('\r\n');
    const parsed = parseResultsText(text);
    expect(parsed.results.map((r) => (r as { id: string }).id)).to.deep.equal(['a', 'b', 'd']);
    expect(parsed.lines).to.deep.equal([1, 4, 7]);
    expect(parsed.rejects).to.deep.equal([
      { line: 5, reason: 'not-json' },
      { line: 6, reason: 'not-result' },
    ]);
  });

  it('says where a broken JSON file breaks, as one reject rather than one a line', () => {
    const text = '[\n  {"id": "a"},\n  {"id": "b",}\n]';
    expect(parseResultsText(text)).to.deep.equal({ results: [], rejects: [{ line: 3, reason: 'not-json' }] });
    expect(parseResultsText('Bonjour')).to.deep.equal({ results: [], rejects: [{ line: 1, reason: 'not-json' }] });
  });

  it('says a file is empty, or holds no result', () => {
    expect(parseResultsText(' \n\n')).to.deep.equal({ results: [], rejects: [{ reason: 'empty' }] });
    expect(parseResultsText('"texte"')).to.deep.equal({ results: [], rejects: [{ reason: 'not-result' }] });
    expect(parseResultsText('null')).to.deep.equal({ results: [], rejects: [{ reason: 'not-result' }] });
  });

  it('takes the result out of a collector’s export and of a sent envelope', () => {
    const exported = { id: 'a', receivedAt: '2027-01-01T00:00:00Z', consent: {}, result: result('a') };
    const envelope = { format: 'partenariat-submission', version: 1, result: result('b') };
    expect(parseResultsText(JSON.stringify([exported, envelope])).results).to.deep.equal([result('a'), result('b')]);
    expect(parseResultsText(`${JSON.stringify(exported)}\n${JSON.stringify(envelope)}\n`).results).to.deep.equal([result('a'), result('b')]);
  });

  it('reads a summary made elsewhere, and refuses one it cannot show', () => {
    const summary = aggregate(miniInstrument(), []);
    expect(parseResultsText(JSON.stringify(summary))).to.deep.equal({ results: [], summary, rejects: [] });
    expect(parseResultsText(JSON.stringify({ ...summary, version: 2 })).rejects).to.deep.equal([{ reason: 'summary-version' }]);
    expect(parseResultsText(JSON.stringify({ ...summary, overall: null })).rejects).to.deep.equal([{ reason: 'summary-malformed' }]);
    const withheld = { format: 'partenariat-summary', version: 1, instrument: { id: 'mini', version: '1' }, n: 2, minGroup: 5, withheld: true };
    expect(parseResultsText(JSON.stringify(withheld))).to.deep.equal({ results: [], withheld, rejects: [] });
    // In lines, a summary is not a result.
    expect(parseResultsText(`${JSON.stringify(result('a'))}\n${JSON.stringify(summary)}`).rejects).to.deep.equal([{ line: 2, reason: 'not-result' }]);
  });
});
