import { defineRule } from '../rule';
import { modeVerdict } from './support/mode';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';

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
});

export const easypostRules = [easypostApiKey];
