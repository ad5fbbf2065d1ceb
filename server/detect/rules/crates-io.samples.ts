import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'cioYdJcfTKwxReVUOAnYqxw8k8ux1RTlfrt';

export const samples: RuleSamples = {
  'crates-io-token': {
    tps: snippets(TOKEN, 'CARGO_REGISTRY_TOKEN'),
    fps: [...placeholders('cio', 'CARGO_REGISTRY_TOKEN', 32), 'const ciopenidconnectclientsecretprovider = 1;', `CARGO_REGISTRY_TOKEN=${TOKEN.slice(0, 3 + 32 - 8)}`],
  },
};
