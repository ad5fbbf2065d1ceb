import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { charClasses } from './shape';
import { isPlaceholder } from './support/placeholder';

// EZAK = production API key, EZTK = test key; each + 54 alphanumerics.
export const easypostApiKey = defineRule({
  id: 'easypost-api-key',
  provider: 'EasyPost',
  description: 'EasyPost API key',
  keywords: ['ezak', 'eztk'],
  anchored: true,
  pattern: /(?<![\w-])EZ[AT]K[A-Za-z0-9]{54}(?![\w-])/g,
  envVar: 'EASYPOST_API_KEY',
  validate: (secret) =>
    charClasses(secret.slice(4)) < 3 || isPlaceholder(secret.slice(4)) ? false : modeVerdict(secret.startsWith('EZAK'), 'EasyPost API key'),
  docs: 'https://docs.easypost.com/docs/authentication',
  samples: {
    tps: ['EASYPOST_API_KEY=EZAKKBkptCAkk6iL2OYduoXAZYdmh5kSmQuGz6QWF69y8VHdkP7emL6cKA', "const client = new EasyPostClient('EZTK2I555JDdniHp0KqWXJtALUbrQYKv0aUXSnf32iOAECE3mDMazTXlYY');"],
    fps: ['EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'EASYPOST_API_KEY=EZTK_your_test_key'],
  },
});
