// Cheap checks on a candidate's characters, for rules whose pattern alone also fits placeholders.

const PLACEHOLDER_WORDS =
  /x{4}|(?:your|my)[_-]?(?:api|token|key|secret)|example|placeholder|dummy|sample|redacted|changeme|insert|replace|token[_-]?here|0123456|123456|abcdef/i;

/** Filler characters or words someone writes instead of a real secret: `xxxx`, `your_token`, `aaaaaa`. */
export function looksLikePlaceholder(value: string): boolean {
  return PLACEHOLDER_WORDS.test(value) || /(.)\1{5}/.test(value);
}

/** How many of the classes upper-case, lower-case and digit occur in `value`. */
export function charClasses(value: string): number {
  return Number(/[A-Z]/.test(value)) + Number(/[a-z]/.test(value)) + Number(/[0-9]/.test(value));
}
