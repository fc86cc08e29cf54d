// Runs the real `partenariat-collect` command in a child process, for the CLI and crash tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { databaseUrl } from './helpers.mjs';

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The environment of a child: this pass's database, no admin token unless given, French. */
export function childEnv(extra = {}) {
  const env = { ...process.env, LANG: 'fr_CA.UTF-8', ...extra };
  delete env.PARTENARIAT_ADMIN_TOKEN;
  if (extra.PARTENARIAT_ADMIN_TOKEN) env.PARTENARIAT_ADMIN_TOKEN = extra.PARTENARIAT_ADMIN_TOKEN;
  if (databaseUrl && extra.DATABASE_URL === undefined) env.DATABASE_URL = databaseUrl;
  if (env.DATABASE_URL === '') delete env.DATABASE_URL;
  return env;
}

/** Runs a command to its end; gives its exit code and output. */
export function run(args, env = childEnv()) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Starts `serve` on a free loopback port; resolves once it says where it listens. */
export function serve(args, env = childEnv()) {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start after 15 s: ${out.stdout} ${out.stderr}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /(http:\/\/[^\s]+) \(/.exec(out.stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out.stderr}`));
    });
  });
  return { child, out, ready, exited };
}
