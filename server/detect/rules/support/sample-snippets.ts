// Builders for rule samples (test data): the usual places a token sits in and what people write instead.
// Imported only by the `rules/<provider>.samples.ts` files, never by a rule, so no sample reaches a bundle.

/** The places a token usually sits in: a source assignment, a .env line, a JSON entry, a YAML entry. */
export function snippets(token: string, envVar: string, jsonKey = 'token'): string[] {
  return [
    `const ${camel(envVar)} = "${token}";`,
    `${envVar}=${token}`,
    `{\n  "${jsonKey}": "${token}"\n}`,
    `env:\n  ${envVar}: '${token}'`,
  ];
}

/** What people write instead of a token, given its prefix and the env var it belongs in. */
export function placeholders(prefix: string, envVar: string, length: number): string[] {
  return [
    `const ${camel(envVar)} = "${prefix}${'x'.repeat(length)}";`,
    `${envVar}=${prefix}your_token_here`,
    `const ${camel(envVar)} = process.env.${envVar};`,
    `${envVar}=\${${envVar}}`,
  ];
}

function camel(envVar: string): string {
  return envVar.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
