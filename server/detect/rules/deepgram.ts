// Deepgram API keys: 40 hex with no prefix, so only under a Deepgram name.
import { namedRule } from './named-rule';

export const deepgramApiKey = namedRule({
  id: 'deepgram-api-key',
  provider: 'Deepgram',
  description: 'Deepgram API key',
  keywords: ['deepgram'],
  name: 'deepgram',
  value: '[a-f0-9]{40}',
  envVar: 'DEEPGRAM_API_KEY',
  docs: 'https://developers.deepgram.com/docs/create-additional-api-keys',
});

export const deepgramRules = [deepgramApiKey];
