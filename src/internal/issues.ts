import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type * as z from 'zod/mini';
// The English of this folder's messages.
import '../generated/locales/en-internal.js';

/** `items[3].text` for the path `['items', 3, 'text']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || msg('(racine)', { id: 'issue.root', desc: 'Path of the whole questionnaire file' });
}

/**
 * A zod issue said in the current locale (call within `inLocale`), for the person who wrote
 * or embedded the data: the problems any data can have (a missing field, a wrong type, a text
 * too long…), and those of the texts and ids that every schema shares. The radar's data can have
 * no other (src/components/radar/validate.ts); the rules of the questionnaire's, the results' and
 * the role table's schemas are said by `describeSchemaIssue` (src/schema/issues.ts), apart, so that
 * an app that imports the radar alone carries neither their words nor their English.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
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
      return describeCustom(issue.params?.reason as string | undefined, issue.message);
    default:
      return issue.message;
  }
}

function describeCustom(reason: string | undefined, fallback: string): string {
  switch (reason) {
    case 'duplicate-id':
      return msg('cet identifiant est déjà utilisé', { id: 'issue.duplicate-id' });
    case 'text-missing':
      return msg('le texte doit être donné en français (fr), en anglais (en) ou dans les deux langues', {
        id: 'issue.text-missing',
      });
    default:
      return fallback;
  }
}
