// What the sending code (submit-url: the « Transmettre nos résultats » section, its consent, the
// outbox and its retries, the withdrawal, the partenariat-submit event, the submission's schema,
// their styles and messages) costs in dist/partenariat.js, in bytes of brotli (quality 11, as
// scripts/size.mjs counts them). Issue 9 gives it 3,000 B.
//
// It builds the member file twice, in two throwaway copies of the sources: as they are, and with
// scripts/send-share.patch applied, which takes the sending code out (that copy builds, its
// tests do not pass). Both copies take their messages' short ids from the same XLIFF (the one
// with the sending messages), so that every other message keeps its id and the difference is the
// sending code's alone, not a reshuffle of ids, which moves brotli by a few dozen bytes.
//
//   node scripts/send-share.mjs          the working tree's tracked files, as they are now
//   node scripts/send-share.mjs <ref>    a commit
//   --keep                               keeps the two copies (their paths are printed)
//
// When the patch no longer applies (the sending code or what surrounds it changed), make it again:
// run with --keep, take the sending code out of the `without` copy by hand (it must still build),
// then `git diff --no-index` the two copies' src/ into scripts/send-share.patch, paths as in the
// repository (a/src/… b/src/…).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
// `git stash create` makes a commit of the working tree's tracked files without touching them.
const ref = args.find((a) => !a.startsWith('--')) ?? (git('stash', 'create') || 'HEAD');
const bin = (name) => join(root, 'node_modules/.bin', name);
const patch = join(root, 'scripts/send-share.patch');

const dir = mkdtempSync(join(tmpdir(), 'send-share-'));
const run = (cwd, cmd, ...a) => execFileSync(cmd, a, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

function copy(name) {
  const to = join(dir, name);
  execFileSync('sh', ['-c', `mkdir -p "${to}" && git archive ${ref} | tar -x -C "${to}"`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(to, 'node_modules'));
  return to;
}

const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function build(copyDir, withoutSending) {
  if (withoutSending) {
    try {
      execFileSync('git', ['apply', patch], { cwd: copyDir, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      console.error(`scripts/send-share.patch no longer applies to ${ref}; make it again (see the top of this script).\n${error.stderr}`);
      process.exit(1);
    }
    // Its XLIFF without the sending messages, so that lit-localize and split-english accept it;
    // then the full one back, for the short ids.
    cpSync(join(copyDir, 'locales/en.xlf'), join(dir, 'en.xlf'));
    run(copyDir, bin('lit-localize'), 'extract');
  }
  run(copyDir, 'npm', 'run', 'localize', '--silent');
  if (withoutSending) cpSync(join(dir, 'en.xlf'), join(copyDir, 'locales/en.xlf'));
  run(copyDir, bin('vite'), 'build', '--logLevel', 'error');
  return brotli(join(copyDir, 'dist/partenariat.js'));
}

try {
  const withSending = build(copy('with'), false);
  const withoutSending = build(copy('without'), true);
  const cost = withSending - withoutSending;
  console.log(`dist/partenariat.js at ${ref.slice(0, 12)}: ${withSending} B brotli, ${withoutSending} B without the sending code.`);
  console.log(`The sending code: ${cost} B brotli (issue 9's budget: 3000 B${cost > 3000 ? `, over by ${cost - 3000} B` : ''}).`);
  if (keep) console.log(`Copies kept: ${join(dir, 'with')} ${join(dir, 'without')}`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
