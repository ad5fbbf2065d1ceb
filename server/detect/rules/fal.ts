// fal.ai keys: a UUID key id, `:` and 32 hex; counted under a fal name (`FAL_KEY`).
import { namedRule } from './named-rule';

export const falApiKey = namedRule({
  id: 'fal-api-key',
  provider: 'fal.ai',
  description: 'fal.ai API key',
  keywords: ['fal_', 'fal-', 'falkey', 'fal.'],
  name: 'fal',
  kind: 'key|secret|token',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-f0-9]{32}',
  envVar: 'FAL_KEY',
  docs: 'https://docs.fal.ai/authentication/key-based',
});

export const falRules = [falApiKey];
