// Pattern pieces for credentials that have no prefix of their own and are only recognisable by the name
// they are assigned to (`DD_API_KEY=…`, `"cloudflare_api_token": "…"`, `<OktaApiToken>…</OktaApiToken>`).

/**
 * Regex source: a name matching `name`, up to 24 more identifier characters, an assignment operator
 * (`=`, `:`, `:=`, `=>`, `?=`, `,` as in `set("name", "v")`, `>` as in XML, `value=` as in .NET's
 * `<add key="name" value="v"/>`), an optional quote, then the
 * value as group `secret`. Use with the `gi` flags; `name` is matched case-insensitively and must not be
 * preceded by a letter or digit (so `dd_` does not match inside `add_`).
 */
export function assigned(name: string, value: string, tail = '(?![\\w+/=-])'): string {
  return (
    `(?<![a-z0-9])(?:${name})[\\w.-]{0,24}?["'\`]?\\]?[ \\t]{0,4}(?::=|=>|\\?=|value=|[=:,>])[ \\t]{0,4}["'\`]?` +
    `(?<secret>${value})${tail}`
  );
}

/** True when `re` matches within `radius` characters either side of [start, end) in `text`. */
export function near(text: string, start: number, end: number, re: RegExp, radius: number): boolean {
  const from = Math.max(0, start - radius);
  return re.test(text.slice(from, start)) || re.test(text.slice(end, end + radius));
}

/** The text of the line holding `offset`, up to `offset`. */
export function lineBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
