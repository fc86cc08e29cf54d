// Shortens, in a built bundle, the names of the elements' private members (TypeScript `private`
// methods and fields, and `@state() private` fields), which no minifier touches: a property name
// may be read by code it cannot see. Here it can be sure: a name is renamed only when, in the
// whole bundle, every occurrence of it is `this.name`, the definition of a class method, or the
// name Lit's `@state()` decorator is given (or its `name: { state: true }` key in a class's
// `static properties`); a name that appears anywhere else (a string, an
// object's key, another object's property, the DOM's or Lit's own API) is left as it is. Used by
// vite.config.ts on the self-contained files and on the npm modules (all of them at once).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const WORD = /^[A-Za-z_$][\w$]*$/;

/** The names declared `private` in the sources under `dir`, and which of them are `@state()`. */
export function privateNames(dir) {
  const plain = new Set();
  const states = new Set();
  const others = new Set();
  const texts = [];
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue;
    const source = readFileSync(join(dir, String(file)), 'utf8');
    // Reactive properties declared in `static properties` (the radar's) rather than by decorators:
    // those with `state: true` are states as `@state()` ones are; the block itself is left out of
    // what is read below (its keys would look like public members).
    const block = /^\s+static\s+(?:override\s+)?properties\s*=\s*\{\n([\s\S]*?)^\s+\};?\n/m.exec(source);
    const staticStates = new Set(block ? [...block[1].matchAll(/^\s+([A-Za-z_$][\w$]*): \{ state: true \},?$/gm)].map((m) => m[1]) : []);
    const text = block ? source.replace(block[0], '') : source;
    const declaration =
      /(@(\w+)\([^)]*\)\s*)?\bprivate\s+(?:static\s+)?(?:readonly\s+)?(?:async\s+)?(?:get\s+|set\s+)?([A-Za-z_$][\w$]*)/g;
    const declared = new Set();
    for (const [, decorator, kind, name] of text.matchAll(declaration)) {
      declared.add(name);
      if (!decorator) (staticStates.has(name) ? states : plain).add(name);
      else if (kind === 'state') states.add(name);
      else others.add(name);
    }
    texts.push({ text, declared });
  }
  // A name declared in two ways (a private method here, an `@property` there) is left alone, and
  // so is a name that a file reads as `this.name` without declaring it private: that `this` may
  // have it from the DOM, Lit or a built-in class.
  for (const { text, declared } of texts) {
    for (const [, name] of text.matchAll(/(?<![\w$])this\.([A-Za-z_$][\w$]*)/g)) if (!declared.has(name)) others.add(name);
    // A public or protected member of the same name elsewhere (its users may be outside the
    // bundle). Object keys and calls that start a line are caught too, which only spares more.
    const member = /^\s+(?:(?:public|protected|static|override|readonly|async|get|set|declare)\s+)*([A-Za-z_$][\w$]*)\s*[(<:=?!]/gm;
    for (const [line, name] of text.matchAll(member)) if (!/\bprivate\b/.test(line)) others.add(name);
  }
  for (const name of others) {
    plain.delete(name);
    states.delete(name);
  }
  return { plain, states };
}

/** Short names that occur nowhere in `code` as a word. */
function* shortNames(code) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let n = 0; ; n++) {
    let name = '';
    let i = n;
    do {
      name = alphabet[i % alphabet.length] + name;
      i = Math.floor(i / alphabet.length) - 1;
    } while (i >= 0);
    name = `$${name}`;
    if (!new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)) yield name;
  }
}

/**
 * `code` (an unminified bundle) with the private names of `names` shortened where that is safe;
 * `foreign` is the text of the libraries' modules in the bundle. `renamed` lists what was done.
 */
export function manglePrivate(code, { plain, states }, foreign = '') {
  const safe = [];
  for (const name of [...plain, ...states]) {
    if (!WORD.test(name) || name.length < 3) continue;
    const isState = states.has(name);
    const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    // Named anywhere in the libraries the bundle holds (Lit, zod…): left alone.
    if (new RegExp(word.source).test(foreign)) continue;
    let count = 0;
    let ok = true;
    for (const match of code.matchAll(word)) {
      count++;
      const before = code.slice(Math.max(0, match.index - 40), match.index);
      const after = code.slice(match.index + name.length, match.index + name.length + 12);
      if (/(?<![\w$])this\.$/.test(before)) continue;
      // A class method, written on its own line by the bundler.
      if (/\n\s*(?:static\s+)?(?:async\s+)?(?:get\s+|set\s+)?$/.test(before) && /^\s*\(/.test(after)) continue;
      // `__decorate([state()], Class.prototype, "name", void 0)`.
      if (isState && /\.prototype, "$/.test(before) && /^", void 0\)/.test(after)) continue;
      // `name: { state: true }` in a class's `static properties`.
      if (isState && /[{,]\s*$/.test(before) && /^: \{ state: true \}/.test(code.slice(match.index + name.length, match.index + name.length + 20))) continue;
      ok = false;
      break;
    }
    if (ok && count) safe.push(name);
  }
  const names = shortNames(code);
  const renamed = new Map(safe.map((name) => [name, names.next().value]));
  return { code: rename(code, renamed), renamed };
}

/**
 * `code` with the names of `renamed` changed, as manglePrivate() changes them: how the npm modules,
 * which are built apart, get the same short name for a member in each (manglePrivate() is then
 * given all of them at once, to choose what is safe).
 */
export function rename(code, renamed) {
  if (!renamed.size) return code;
  const any = new RegExp(`(?<![\\w$])(${[...renamed.keys()].map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`, 'g');
  return code.replace(any, (name) => renamed.get(name));
}
