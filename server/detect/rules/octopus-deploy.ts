// Octopus Deploy API keys: `API-` + 26 upper-case alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'API-N4XJOFOB0TJWU681D3N5FHY4IN';

export const octopusDeployApiKey = tokenRule({
  id: 'octopus-deploy-api-key',
  provider: 'Octopus Deploy',
  description: 'Octopus Deploy API key',
  keywords: ['api-'],
  pattern: /\bAPI-[A-Z0-9]{26}\b/g,
  envVar: 'OCTOPUS_API_KEY',
  docs: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
  prefixLength: 4,
  // `API-` is a common word: the body must mix letters and digits.
  check: (secret) => (/[0-9]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)) ? {} : false),
  samples: {
    tps: snippets(TOKEN, 'OCTOPUS_API_KEY'),
    fps: [...placeholders('API-', 'OCTOPUS_API_KEY', 26), `OCTOPUS_API_KEY=${TOKEN.slice(0, 4 + 26 - 8)}`],
  },
});

export const octopusDeployRules = [octopusDeployApiKey];
