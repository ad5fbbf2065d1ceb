// Amplitude API and secret keys: 32 hex with no prefix, so only under an Amplitude name.
import { namedRule } from './named-rule';

export const amplitudeApiKey = namedRule({
  id: 'amplitude-api-key',
  provider: 'Amplitude',
  description: 'Amplitude API key',
  keywords: ['amplitude'],
  name: 'amplitude',
  value: '[a-f0-9]{32}',
  envVar: 'AMPLITUDE_SECRET_KEY',
  docs: 'https://amplitude.com/docs/apis/authentication',
});

export const amplitudeRules = [amplitudeApiKey];
