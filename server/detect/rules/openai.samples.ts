import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const LEGACY = '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';
const PROJECT =
  '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';
const SERVICE = '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';
const ADMIN = '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';

export const samples: RuleSamples = {
  'openai-api-key': {
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
};
