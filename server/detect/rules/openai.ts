// OpenAI API keys. Every format carries "T3BlbkFJ" (base64 of "OpenAI") between two random halves: legacy
// user keys `sk-` + 20 + T3BlbkFJ + 20, and project / service-account / admin keys with longer halves.
import { tokenRule } from './token-rule';

export const openaiApiKey = tokenRule({
  id: 'openai-api-key',
  provider: 'OpenAI',
  description: 'OpenAI API key',
  keywords: ['t3blbkfj'],
  // The keyword sits inside the token, not at its start.
  anchored: false,
  pattern:
    /(?<![\w-])(?:sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-(?:proj|svcacct|admin|[a-z0-9]{1,40})-[\w-]{20,160}T3BlbkFJ[\w-]{20,160})(?![\w-])/g,
  envVar: 'OPENAI_API_KEY',
  docs: 'https://platform.openai.com/docs/api-reference/authentication',
  prefixLength: 3,
  check: (secret) =>
    secret.startsWith('sk-admin-') ? { description: 'OpenAI admin key' } : secret.startsWith('sk-svcacct-') ? { description: 'OpenAI service account key' } : {},
});

export const openaiRules = [openaiApiKey];
