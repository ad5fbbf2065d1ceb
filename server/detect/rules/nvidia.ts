// NVIDIA API keys (NGC, build.nvidia.com): `nvapi-` and 64 base64url characters.
import { tokenRule } from './token-rule';

export const nvidiaApiKey = tokenRule({
  id: 'nvidia-api-key',
  provider: 'NVIDIA',
  description: 'NVIDIA API key',
  keywords: ['nvapi-'],
  pattern: /(?<![\w-])nvapi-[\w-]{64}(?![\w-])/g,
  envVar: 'NVIDIA_API_KEY',
  docs: 'https://docs.api.nvidia.com/nim/docs/api-quickstart',
  prefixLength: 6,
});

export const nvidiaRules = [nvidiaApiKey];
