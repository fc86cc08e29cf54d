// The identifiers' rule, in a module of its own that imports nothing: the radar's quick check
// (src/components/radar/quick-check.ts) and its full one (validate.ts, loaded on demand) both need it,
// and an app's bundler that splits the code puts a module that both need in a file of its own.

/** What an identifier is made of: letters, digits, `-`, `_`, `.` and `:`; it starts with a letter or a digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
/** The longest identifier. */
export const ID_MAX_LENGTH = 100;
