// `npm start`: the demo pages (Vite) and, beside them, a collector on loopback with a demo
// campaign using the default questionnaire, so that the federation page sends for real and the
// collector's admin page counts what arrived. The collector's data lives in `.data/` (git-ignored).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

const root = new URL('..', import.meta.url).pathname;
const cli = `${root}collect/dist/cli.js`;
const data = `${root}.data/collect`;
const port = process.env.PARTENARIAT_PORT ?? '8787';
const demo = 'http://localhost:5173';
// The demo's admin token: the one given, else a new one each start, shown below.
const token = process.env.PARTENARIAT_ADMIN_TOKEN || randomBytes(18).toString('base64url');
const env = { ...process.env, PARTENARIAT_ADMIN_TOKEN: token, PARTENARIAT_DATA: data, PARTENARIAT_PORT: port };
delete env.DATABASE_URL;

function run(command, args) {
  const done = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (done.status !== 0) process.exit(done.status ?? 1);
}

run('npm', ['run', 'localize']);
// Built every time (about a second): the admin page's elements follow the sources.
run('npm', ['run', 'build', '-w', 'partenariat-collect']);
mkdirSync(data, { recursive: true });
run('node', [
  cli, 'campaign', 'put', 'demo',
  '--title-fr', 'Démonstration : autodiagnostic des partenariats',
  '--title-en', 'Demonstration: partnership self-assessment',
  '--origin', demo, '--origin', 'http://127.0.0.1:5173',
]);

const children = [
  spawn('node', [cli, 'serve'], { cwd: root, env, stdio: 'inherit' }),
  spawn('npx', ['vite', '--port', '5173', '--strictPort'], { cwd: root, env, stdio: 'inherit' }),
];
console.log(
  [
    '',
    `Démo / Demo : ${demo}/  ·  page d’une fédération / federation page : ${demo}/federation.html`,
    `Collecteur / Collector : http://127.0.0.1:${port}/  ·  jeton / token : ${token}`,
    '',
  ].join('\n'),
);
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
