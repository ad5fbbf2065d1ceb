// ElevenLabs API keys: `sk_` and 48 hex, a prefix shared with other vendors, so only under an ElevenLabs name.
import { namedRule } from './named-rule';

export const elevenlabsApiKey = namedRule({
  id: 'elevenlabs-api-key',
  provider: 'ElevenLabs',
  description: 'ElevenLabs API key',
  keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
  name: 'eleven[_.-]?labs|xi',
  value: 'sk_[a-f0-9]{48}',
  envVar: 'ELEVENLABS_API_KEY',
  docs: 'https://elevenlabs.io/docs/api-reference/authentication',
});

export const elevenlabsRules = [elevenlabsApiKey];
