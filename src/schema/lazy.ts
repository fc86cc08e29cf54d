/**
 * A schema built on first use rather than when the module loads. Building the zod schemas was
 * the largest part of the library's start-up (measured: the first render of the default
 * questionnaire is 17–20 % faster without it), and a page that never parses anything — the
 * built-in questionnaire needs no parsing — need not pay for it. The object given back behaves
 * as the schema itself, for `safeParse`, for other schemas built on it and for `toJSONSchema`.
 */
// Building nothing until used, a call has no effect: bundlers may drop the schemas a module
// defines but an app never uses (the radar alone takes `localize` from text.ts, not zod).
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = () => (built ??= build());
  return new Proxy({} as T, {
    get(_, key) {
      const schema = target();
      const value = Reflect.get(schema, key, schema);
      return typeof value === 'function' ? value.bind(schema) : value;
    },
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}
