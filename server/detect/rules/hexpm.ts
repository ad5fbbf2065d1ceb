// Hex (Elixir packages) API keys: 32 hex with no prefix, so only under a Hex name (`HEX_API_KEY`).
import { namedRule } from './named-rule';

export const hexpmApiKey = namedRule({
  id: 'hexpm-api-key',
  provider: 'Hex',
  description: 'Hex API key',
  keywords: ['hexpm', 'hex_api', 'hex-api', 'hexapi'],
  name: 'hexpm|hex[_.-]?api',
  value: '[a-f0-9]{32}',
  envVar: 'HEX_API_KEY',
  docs: 'https://hex.pm/docs/publish#publishing-from-ci',
});

export const hexpmRules = [hexpmApiKey];
