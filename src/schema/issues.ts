import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type * as z from 'zod/mini';
import { describeIssue, formatPath, type Localizer } from '../internal/issues.js';
import { addEnglish } from '../internal/localize.js';
import { english } from '../generated/locales/en-internal.js';
// The English of this folder's messages.
import '../generated/locales/en-schema.js';

addEnglish(english);
// `msg` is read when a message is said: the localization is installed later, when an element is made.
const localizer: Localizer = {
  get msg() {
    return msg;
  },
  str,
};

/**
 * A zod issue of any of this folder's schemas said in the current locale (call within
 * `inLocale`): `describeIssue` (src/internal/issues.ts), and the words for the rules of the
 * questionnaire, the results and the role table (a value not in a list, an unknown id, the
 * questionnaire's scale and levels). Apart from `describeIssue`, which is all the radar needs, so
 * that an app that imports the radar alone carries neither these words nor their English.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return msg(str`valeur non permise (permises : ${issue.values.map(String).join(', ')})`, {
        id: 'issue.value',
      });
    case 'custom':
      switch (issue.params?.reason) {
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
        case 'unknown-responsibility':
          return msg('aucune responsabilité ne porte cet identifiant', { id: 'issue.unknown-responsibility' });
        case 'unknown-partner':
          return msg('aucun partenaire ne porte cet identifiant', { id: 'issue.unknown-partner' });
        case 'unknown-role':
          return msg('aucun rôle ne porte cet identifiant', { id: 'issue.unknown-role' });
        case 'not-finite':
          return msg('un nombre fini est attendu', { id: 'issue.not-finite' });
      }
  }
  return describeIssue(issue, localizer);
}

/** Each issue where it is (`items[3].text`) and what it is, in the current locale (call within `inLocale`). */
export function sayIssues(issues: readonly z.core.$ZodIssue[]): Array<{ path: string; message: string }> {
  return issues.map((issue) => ({ path: formatPath(issue.path, localizer), message: describeSchemaIssue(issue) }));
}
