// Octopus Deploy API keys: `API-` + 26 upper-case alphanumerics.
import { tokenRule } from './token-rule';

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
});

export const octopusDeployRules = [octopusDeployApiKey];
