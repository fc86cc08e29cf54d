import type { msg } from '@lit/localize/init/install.js';
import type { str } from '@lit/localize/internal/str-tag.js';
import type * as z from 'zod/mini';

/**
 * `msg` and `str`, given by the caller rather than imported. The radar loads these words on
 * demand, with its full check (src/components/radar/validate.ts), and an app's bundler that
 * splits code (esbuild) puts a module that both the code on demand and the code already loaded
 * import in a file of its own, which every page would then load: this module imports nothing, and
 * its English is a table (src/generated/locales/en-internal.ts) that the caller adds.
 */
export interface Localizer {
  msg: typeof msg;
  str: typeof str;
}

/** `items[3].text` for the path `['items', 3, 'text']`. */
export function formatPath(path: readonly PropertyKey[], l: Localizer): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || l.msg('(racine)', { id: 'issue.root', desc: 'Path of the whole questionnaire file' });
}

/**
 * A zod issue said in the current locale (call within `inLocale`), for the person who wrote
 * or embedded the data: the problems any data can have (a missing field, a wrong type, a text
 * too long…), and those of the texts and ids that every schema shares. The radar's data can have
 * no other (src/components/radar/validate.ts); the rules of the questionnaire's, the results' and
 * the role table's schemas are said by `describeSchemaIssue` (src/schema/issues.ts), apart, so that
 * an app that imports the radar alone carries neither their words nor their English.
 */
export function describeIssue(issue: z.core.$ZodIssue, l: Localizer): string {
  const { msg, str } = l;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? msg('champ obligatoire manquant', { id: 'issue.missing' })
        : msg(str`type attendu : ${issue.expected}`, { id: 'issue.type' });
    case 'too_small':
      return msg(str`trop court ou trop petit (minimum : ${String(issue.minimum)})`, { id: 'issue.too-small' });
    case 'too_big':
      return msg(str`trop long ou trop grand (maximum : ${String(issue.maximum)})`, { id: 'issue.too-big' });
    case 'invalid_format':
      return msg('format non valide', { id: 'issue.format' });
    case 'invalid_union':
      return msg('forme non reconnue (un texte, ou un objet {fr, en}, était attendu)', { id: 'issue.union' });
    case 'custom':
      switch (issue.params?.reason) {
        case 'duplicate-id':
          return msg('cet identifiant est déjà utilisé', { id: 'issue.duplicate-id' });
        case 'text-missing':
          return msg('le texte doit être donné en français (fr), en anglais (en) ou dans les deux langues', {
            id: 'issue.text-missing',
          });
      }
      return issue.message;
    default:
      return issue.message;
  }
}
