// Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex.
import { tokenRule } from './token-rule';

export const postmanApiKey = tokenRule({
  id: 'postman-api-key',
  provider: 'Postman',
  description: 'Postman API key',
  keywords: ['pmak-'],
  pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g,
  envVar: 'POSTMAN_API_KEY',
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  prefixLength: 5,
});

export const postmanRules = [postmanApiKey];
