// Anthropic API keys: `sk-ant-api03-` and admin keys `sk-ant-admin01-`, 93 base64url characters then "AA".
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.anthropic.com/en/api/overview#authentication';
const KEY = 'sk-ant-api03-t6J9cw2gor42UBLJ7Bb96oJRQG1zjHEjV0L51jocRHMM-3AdfLOiupxfToJUfCuPmpG0wAydWXy356Wand9Sk7JX4XyOTAA';
const ADMIN = 'sk-ant-admin01-AfrS1Gnex8AGyMNjpuUDq5wNIYtbvVjdrywHwB7aMVRdbwwMPmAw45u7wT2XznuQdo4XF03fAg6e4dxLmsBrccHJFIgWKAA';

export const anthropicApiKey = tokenRule({
  id: 'anthropic-api-key',
  provider: 'Anthropic',
  description: 'Anthropic API key',
  keywords: ['sk-ant-api'],
  pattern: /(?<![\w-])sk-ant-api\d\d-[\w-]{93}AA(?![\w-])/g,
  envVar: 'ANTHROPIC_API_KEY',
  docs: DOCS,
  prefixLength: 13,
  samples: {
    tps: [...snippets(KEY, 'ANTHROPIC_API_KEY', 'apiKey'), `client = anthropic.Anthropic(api_key="${KEY}")`],
    fps: [
      ...placeholders('sk-ant-api03-', 'ANTHROPIC_API_KEY', 95),
      `ANTHROPIC_API_KEY=${KEY.slice(0, 80)}`,
      `ANTHROPIC_API_KEY=${KEY.slice(0, -2)}Ab`,
    ],
  },
});

export const anthropicAdminKey = tokenRule({
  id: 'anthropic-admin-key',
  provider: 'Anthropic',
  description: 'Anthropic Admin API key',
  keywords: ['sk-ant-admin'],
  pattern: /(?<![\w-])sk-ant-admin\d\d-[\w-]{93}AA(?![\w-])/g,
  envVar: 'ANTHROPIC_ADMIN_KEY',
  docs: 'https://docs.anthropic.com/en/api/administration-api',
  prefixLength: 15,
  samples: {
    tps: snippets(ADMIN, 'ANTHROPIC_ADMIN_KEY', 'adminKey'),
    fps: [...placeholders('sk-ant-admin01-', 'ANTHROPIC_ADMIN_KEY', 95), `ANTHROPIC_ADMIN_KEY=${ADMIN.slice(0, 90)}`],
  },
});

export const anthropicRules = [anthropicApiKey, anthropicAdminKey];
