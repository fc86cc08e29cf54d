/**
 * Records keyed by ids that come from outside (a questionnaire, a file): an id such as
 * `constructor` or `toString` is the record's own key, never a name of `Object.prototype`.
 */

/** The value of `key` when `record` has it as its own property; else undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
