// AssemblyAI API keys: 32 hex with no prefix, so only under an AssemblyAI name.
import { namedRule } from './named-rule';

export const assemblyaiApiKey = namedRule({
  id: 'assemblyai-api-key',
  provider: 'AssemblyAI',
  description: 'AssemblyAI API key',
  keywords: ['assembly'],
  name: 'assembly[_.-]?ai',
  value: '[a-f0-9]{32}',
  envVar: 'ASSEMBLYAI_API_KEY',
  docs: 'https://www.assemblyai.com/docs/api-reference/overview#authorization',
});

export const assemblyaiRules = [assemblyaiApiKey];
