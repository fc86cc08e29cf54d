// Fails when a message of the source (French) has no English translation in locales/en.xlf,
// or when the XLIFF file still holds messages the source no longer has. Run after
// `lit-localize extract` has updated the XLIFF from the source.
import { readFileSync } from 'node:fs';

const xliff = readFileSync(new URL('../locales/en.xlf', import.meta.url), 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const untranslated = units
  .filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body))
  .map(([, id]) => id);

const opened = (xliff.match(/<trans-unit /g) ?? []).length;
const malformed = units.filter(([, , body]) => (body.match(/<target>/g) ?? []).length > 1 || body.includes('<trans-unit'));
if (opened !== units.length || malformed.length) {
  console.error(`locales/en.xlf is malformed: ${opened} units opened, ${units.length} closed${malformed.length ? `; look at ${malformed.map(([, id]) => id).join(', ')}` : ''}.`);
  process.exit(1);
}
if (units.length === 0) {
  console.error('locales/en.xlf has no messages: run `npm run localize:extract`.');
  process.exit(1);
}
if (untranslated.length) {
  console.error(`Messages without an English translation in locales/en.xlf (${untranslated.length}):`);
  for (const id of untranslated) console.error(`  - ${id}`);
  process.exit(1);
}
console.log(`Translations: ${units.length} messages, all translated into English.`);
