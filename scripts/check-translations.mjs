// Fails when a message of the source (French) has no English translation in its XLIFF file
// (locales/en.xlf for the member elements, locales/summary/en.xlf for the summary, which has
// its own catalogue so that the member file carries none of its strings), when a file is
// malformed (a unit left open, two targets), or when it holds no messages at all. Run after
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
