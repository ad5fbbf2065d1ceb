// Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex.
import { placeholders, snippets, tokenRule } from './token-rule';

const KEY = 'PMAK-efed205b3653018362dce867-86d15e5cd834f854151954d16d0dcab6b0';

export const postmanApiKey = tokenRule({
  id: 'postman-api-key',
  provider: 'Postman',
  description: 'Postman API key',
  keywords: ['pmak-'],
  pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g,
  envVar: 'POSTMAN_API_KEY',
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  prefixLength: 5,
  samples: {
    tps: [...snippets(KEY, 'POSTMAN_API_KEY'), `curl -H "X-Api-Key: ${KEY}" https://api.getpostman.com/collections`],
    fps: [...placeholders('PMAK-', 'POSTMAN_API_KEY', 59), `POSTMAN_API_KEY=${KEY.slice(0, 40)}`],
  },
});

export const postmanRules = [postmanApiKey];
