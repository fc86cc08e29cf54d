import { msg, str } from '@lit/localize';
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
 * or embedded the questionnaire.
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
    case 'invalid_value':
      return msg(str`valeur non permise (permises : ${issue.values.map(String).join(', ')})`, {
        id: 'issue.value',
      });
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
    case 'unknown-section':
      return msg('aucune section ne porte cet identifiant', { id: 'issue.unknown-section' });
    case 'unknown-dimension':
      return msg('aucune dimension ne porte cet identifiant', { id: 'issue.unknown-dimension' });
    case 'no-zero-band':
      return msg('un des niveaux doit commencer à 0', { id: 'issue.no-zero-band' });
    case 'same-band-min':
      return msg('deux niveaux commencent au même seuil', { id: 'issue.same-band-min' });
    case 'choices-needed':
      return msg('un champ « choice » doit donner ses choix', { id: 'issue.choices-needed' });
    case 'scale-order':
      return msg('les choix vont de la plus petite valeur à la plus grande, chacune une seule fois', {
        id: 'issue.scale-order',
      });
    case 'text-missing':
      return msg('le texte doit être donné en français (fr), en anglais (en) ou dans les deux langues', {
        id: 'issue.text-missing',
      });
    case 'unknown-responsibility':
      return msg('aucune responsabilité ne porte cet identifiant', { id: 'issue.unknown-responsibility' });
    case 'unknown-partner':
      return msg('aucun partenaire ne porte cet identifiant', { id: 'issue.unknown-partner' });
    case 'unknown-role':
      return msg('aucun rôle ne porte cet identifiant', { id: 'issue.unknown-role' });
    case 'not-finite':
      return msg('un nombre fini est attendu', { id: 'issue.not-finite' });
    default:
      return fallback;
  }
}
