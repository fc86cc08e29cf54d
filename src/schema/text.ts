import * as z from 'zod/mini';
import { ID_MAX_LENGTH, ID_PATTERN } from './id.js';
import { lazy } from './lazy.js';

/** The languages every element speaks. French (Québec) is the source language. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both languages. At least one language must be given; the other falls back to it. */
export const LocalizedTextSchema = lazy(() =>
  z
    .object({
      fr: z.optional(z.string()),
      en: z.optional(z.string()),
    })
    .check(
      z.refine((t) => Boolean(t.fr?.trim() || t.en?.trim()), {
        message: 'Give the text in French ("fr"), English ("en") or both.',
        params: { reason: 'text-missing' },
      }),
    ),
);

/** A text given once for every language, or as `{fr, en}`. */
export const TextSchema = lazy(() =>
  z.union([
    z.string().check(z.trim(), z.minLength(1)),
    LocalizedTextSchema,
  ]),
);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Text = z.infer<typeof TextSchema>;

export { ID_MAX_LENGTH, ID_PATTERN };

/** An identifier: letters, digits, `-`, `_`, `.` and `:`; it starts with a letter or a digit. */
export const IdSchema = lazy(() =>
  z
    .string()
    .check(
      z.regex(ID_PATTERN, 'Use letters, digits, "-", "_", "." or ":" (no spaces).'),
      z.maxLength(ID_MAX_LENGTH),
    ),
);

/** The text in the wanted language, else in the other one. */
export function localize(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (text[locale]?.trim() ? text[locale] : text[other]) ?? '';
}
