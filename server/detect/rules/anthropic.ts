// Anthropic API keys: `sk-ant-api03-` and admin keys `sk-ant-admin01-`, 93 base64url characters then "AA".
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.anthropic.com/en/api/overview#authentication';

export const anthropicApiKey = tokenRule({
  id: 'anthropic-api-key',
  provider: 'Anthropic',
  description: 'Anthropic API key',
  keywords: ['sk-ant-api'],
  pattern: /(?<![\w-])sk-ant-api\d\d-[\w-]{93}AA(?![\w-])/g,
  envVar: 'ANTHROPIC_API_KEY',
  docs: DOCS,
  prefixLength: 13,
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
});

export const anthropicRules = [anthropicApiKey, anthropicAdminKey];
