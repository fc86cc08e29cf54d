// Writes the JSON Schema files in schema/ from the zod schemas of src/schema/, or, with
// --check, fails when the committed files differ from what the zod schemas give.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const out = await build({
  stdin: {
    contents: `
      import * as z from 'zod/mini';
      import { InstrumentSchema, ResultSchema, RoleTableSchema } from './src/schema/index.ts';
      import { SubmissionSchema } from './src/schema/submission.ts';
      import { SummarySchema } from './src/schema/summary.ts';
      export const schemas = {
        instrument: z.toJSONSchema(InstrumentSchema, { target: 'draft-2020-12' }),
        result: z.toJSONSchema(ResultSchema, { target: 'draft-2020-12' }),
        roles: z.toJSONSchema(RoleTableSchema, { target: 'draft-2020-12' }),
        submission: z.toJSONSchema(SubmissionSchema, { target: 'draft-2020-12' }),
        summary: z.toJSONSchema(SummarySchema, { target: 'draft-2020-12' }),
      };`,
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { schemas } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const titles = {
  instrument: 'Partenariat questionnaire (instrument)',
  result: 'Partenariat self-assessment result (partenariat-result, version 1)',
  roles: 'Partenariat governance role table (partenariat-roles, version 1)',
  submission: 'Partenariat submission to a collector (partenariat-submission, version 1)',
  summary: 'Partenariat group summary (partenariat-summary, version 1)',
};
const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
let stale = [];
for (const [name, schema] of Object.entries(schemas)) {
  const file = new URL(`${name}.schema.json`, dir);
  const text = `${JSON.stringify({ title: titles[name], ...schema }, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) stale.push(`schema/${name}.schema.json`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote schema/${name}.schema.json`);
  }
}
if (stale.length) {
  console.error(`Out of step with src/schema/ (run \`npm run schemas\`): ${stale.join(', ')}`);
  process.exit(1);
}
if (check) console.log('JSON Schema files: in step with the zod schemas.');
