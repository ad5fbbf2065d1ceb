// crates.io API tokens: `cio` + 32 alphanumerics. The prefix is short, so the body must mix cases and digits.
import { charClasses } from './shape';
import { tokenRule } from './token-rule';

export const cratesIoToken = tokenRule({
  id: 'crates-io-token',
  provider: 'crates.io',
  description: 'crates.io API token',
  keywords: ['cio'],
  pattern: /\bcio[A-Za-z0-9]{32}\b/g,
  envVar: 'CARGO_REGISTRY_TOKEN',
  docs: 'https://doc.rust-lang.org/cargo/reference/registry-authentication.html',
  prefixLength: 3,
  check: (secret) => (charClasses(secret.slice(3)) === 3 ? {} : false),
});

export const cratesIoRules = [cratesIoToken];
