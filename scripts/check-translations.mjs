// Fails when a message of the source (French) has no English translation in its XLIFF file
// (locales/en.xlf for the member elements, locales/summary/en.xlf for the summary, which has
// its own catalogue so that the member file carries none of its strings), when a file is
// malformed (a unit left open, two targets), when it holds no messages at all, or when a French
// source breaks Québec typography (an ordinary, breakable space before « : », « ; », « ? », « ! »
// or inside « »: a line could then start with the punctuation, and screen readers pause oddly). Run after
// `npm run localize:extract` has updated them from the source.
import { readFileSync } from 'node:fs';

let failed = false;
const fail = (message) => {
  console.error(message);
  failed = true;
};
for (const file of ['locales/en.xlf', 'locales/summary/en.xlf']) {
  const xliff = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const opened = (xliff.match(/<trans-unit /g) ?? []).length;
  const malformed = units.filter(([, , body]) => (body.match(/<target>/g) ?? []).length > 1 || body.includes('<trans-unit'));
  const untranslated = units
    .filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body))
    .map(([, id]) => id);
  // The French spaces: U+00A0 before « : » and inside « », U+202F before ; ? ! (never a plain space).
  const typography = units
    .map(([, id, body]) => [id, (body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '').replace(/<x [^>]*\/>/g, 'X')])
    .filter(([, source]) => / [:;?!]|« | »/.test(source));
  if (typography.length) {
    fail(`French sources in ${file} with an ordinary space where Québec typography wants a non-breaking one (U+00A0 before « : » and inside « », U+202F before ; ? !):\n${typography.map(([id, source]) => `  - ${id}: ${source}`).join('\n')}`);
  }
  if (opened !== units.length || malformed.length) {
    fail(`${file} is malformed: ${opened} units opened, ${units.length} closed${malformed.length ? `; look at ${malformed.map(([, id]) => id).join(', ')}` : ''}.`);
  } else if (units.length === 0) {
    fail(`${file} has no messages: run \`npm run localize:extract\`.`);
  } else if (untranslated.length) {
    fail(`Messages without an English translation in ${file} (${untranslated.length}):\n${untranslated.map((id) => `  - ${id}`).join('\n')}`);
  } else {
    console.log(`Translations (${file}): ${units.length} messages, all translated into English.`);
  }
}
if (failed) process.exit(1);
