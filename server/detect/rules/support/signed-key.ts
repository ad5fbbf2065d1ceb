// Keys whose fixed signature sits in the middle, after the random part: Microsoft's identifiable keys (76 random
// characters, then `APIM`, a version letter and a checksum). Matching from the start would try the random part at
// every position of a file; this pattern starts at the signature instead, so the rule is anchored on it (tried
// only where the keyword occurs), and a lookbehind reads the random part back and captures the whole key as
// `secret`.

/**
 * `alphabet`: the key's character class; `before`: how many of them precede the signature; `signed`: the regex
 * source from the signature to the key's end; `end`: what may not follow the key.
 */
export function signedKeyPattern(alphabet: string, before: number, signed: string, end: string): RegExp {
  return new RegExp(`${signed}(?<=(?<!${alphabet})(?<secret>${alphabet}{${before}}${signed}))${end}`, 'g');
}
