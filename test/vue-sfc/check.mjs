// `npm run check:vue`: type-checks a Vue 3 app's single-file components with vue-tsc against
// `partenariat/vue`, as an app would. App.vue and Readme.vue (the README's Vue example) must give
// no error; Mistakes.vue must give exactly the errors its `expect` comments name, line by line.
//
// This folder is its own small project (package.json, package-lock.json): vue-tsc 3 runs on
// TypeScript 5 and cannot use the TypeScript 7 of the repository. It is installed with `npm ci`
// only when its lock file has changed since the last install. `partenariat*` resolve to this
// repository's sources through tsconfig.json's `paths` (each one the source of what the package
// exports), so nothing needs to be built first; `src/generated` must exist (`npm run localize`,
// which `npm test` runs before). `vue` is mapped to this folder's copy so that the elements'
// `declare module 'vue'` and the templates read the same Vue.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('.', import.meta.url).pathname;
const root = join(dir, '../..');
let failures = 0;
const report = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

// 1. Install, once per lock file.
const lock = readFileSync(join(dir, 'package-lock.json'));
const stampFile = join(dir, 'node_modules/.partenariat-lock-sha256');
const stamp = createHash('sha256').update(lock).digest('hex');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  const started = Date.now();
  console.log('installing test/vue-sfc (npm ci: vue, vue-tsc, typescript 5)…');
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(stampFile, stamp);
  console.log(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// 2. Each `partenariat…` path is the source of what the package exports under that name.
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { paths } = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')).compilerOptions;
for (const [name, [target]] of Object.entries(paths).filter(([name]) => name.startsWith('partenariat'))) {
  const entry = exports[name === 'partenariat' ? '.' : `./${name.slice('partenariat/'.length)}`];
  const source = entry?.types?.replace(/^\.\/dist\/types\//, '../../src/').replace(/\.d\.ts$/, '.ts');
  report(source === target, `tsconfig maps ${name} to ${target}, the source of the package's ${entry?.types ?? '(no such export)'}`);
}

// 3. Readme.vue is the README's Vue example.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readme.match(/^```vue\n([\s\S]*?)^```$/m)?.[1];
const copy = readFileSync(join(dir, 'Readme.vue'), 'utf8').replace(/^<!--.*-->\n/, '');
report(example === copy, 'Readme.vue is the README’s Vue example, word for word');

// 4. vue-tsc, once, over every component.
if (!existsSync(join(root, 'src/generated'))) console.log('note: src/generated is missing; run `npm run localize` first');
const started = Date.now();
const run = spawnSync(process.execPath, [join(dir, 'node_modules/vue-tsc/bin/vue-tsc.js'), '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], {
  cwd: dir,
  encoding: 'utf8',
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const errors = [];
for (const line of run.stdout.split('\n')) {
  const m = line.match(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/);
  if (m) errors.push({ file: m[1], line: Number(m[2]), column: Number(m[3]), code: m[4], message: m[5] });
  else if (line.trim() && errors.length) errors.at(-1).message += `\n${line}`;
}
if (run.status !== 0 && errors.length === 0) {
  report(false, `vue-tsc failed without a diagnostic (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}

// 5. Compare with the `expect` comments of Mistakes.vue.
const lines = readFileSync(join(dir, 'Mistakes.vue'), 'utf8').split('\n');
const expected = lines.flatMap((text, index) => {
  const m = text.match(/<!-- expect (TS\d+): (.*) -->/);
  return m ? [{ line: index + 2, code: m[1], text: m[2], source: lines[index + 1].trim() }] : [];
});
for (const e of expected) {
  const found = errors.find((d) => d.file === 'Mistakes.vue' && d.line === e.line && d.code === e.code && d.message.includes(e.text));
  report(Boolean(found), `Mistakes.vue:${e.line} ${e.source} → ${e.code}${found ? '' : ` (expected, with “${e.text}”)`}`);
}
const unexpected = errors.filter((d) => !(d.file === 'Mistakes.vue' && expected.some((e) => e.line === d.line && e.code === d.code)));
for (const d of unexpected) report(false, `unexpected: ${d.file}(${d.line},${d.column}): ${d.code} ${d.message}`);
for (const file of ['App.vue', 'Readme.vue']) {
  if (!unexpected.some((d) => d.file === file)) report(true, `${file}: no error`);
}
console.log(`vue-tsc ${JSON.parse(readFileSync(join(dir, 'node_modules/vue-tsc/package.json'), 'utf8')).version} in ${seconds} s`);
if (failures) {
  console.log(`${failures} failed`);
  process.exit(1);
}
