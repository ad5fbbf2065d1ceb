// OpenAI API keys. Every format carries "T3BlbkFJ" (base64 of "OpenAI") between two random halves: legacy
// user keys `sk-` + 20 + T3BlbkFJ + 20, and project / service-account / admin keys with longer halves.
import { placeholders, snippets, tokenRule } from './token-rule';

const LEGACY = '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';
const PROJECT =
  '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';
const SERVICE = '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';
const ADMIN = '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';

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
  samples: {
    tps: [
      ...snippets(PROJECT, 'OPENAI_API_KEY', 'openai_api_key'),
      `openai.api_key = "${LEGACY}"`,
      `client = OpenAI(api_key="${SERVICE}")`,
      `OPENAI_ADMIN_KEY=${ADMIN}`,
    ],
    fps: [
      ...placeholders('sk-proj-', 'OPENAI_API_KEY', 156),
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      `OPENAI_API_KEY=${LEGACY.slice(0, 30)}`,
      'const key = "sk-proj-...T3BlbkFJ...";',
    ],
  },
});

export const openaiRules = [openaiApiKey];
