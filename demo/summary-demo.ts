// The summary demo: 200 fictitious results, made from a fixed seed (the same every time), of
// every kind of organization, with a few kinds small enough to be merged into « Autres ».
import '../src/partenariat-summary.js';
import { fictitiousResults } from './fictitious.js';
import type { PartenariatSummary } from '../src/components/summary/summary.js';

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
