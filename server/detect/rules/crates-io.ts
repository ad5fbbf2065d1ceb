// crates.io API tokens: `cio` + 32 alphanumerics. The prefix is short, so the body must mix cases and digits.
import { charClasses } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'cioYdJcfTKwxReVUOAnYqxw8k8ux1RTlfrt';

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
  samples: {
    tps: snippets(TOKEN, 'CARGO_REGISTRY_TOKEN'),
    fps: [...placeholders('cio', 'CARGO_REGISTRY_TOKEN', 32), 'const ciopenidconnectclientsecretprovider = 1;', `CARGO_REGISTRY_TOKEN=${TOKEN.slice(0, 3 + 32 - 8)}`],
  },
});

export const cratesIoRules = [cratesIoToken];
