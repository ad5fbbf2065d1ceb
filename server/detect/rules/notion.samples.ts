import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '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';
const LEGACY = 'secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag';

export const samples: RuleSamples = {
  'notion-integration-token': {
    tps: [
      ...snippets(TOKEN, 'NOTION_TOKEN'),
      `NOTION_API_KEY=${LEGACY}`,
      `const notion = new Client({ auth: "${LEGACY}" });`,
    ],
    fps: [
      ...placeholders('ntn_', 'NOTION_TOKEN', 46),
      `NOTION_TOKEN=secret_${'x'.repeat(43)}`,
      'const secret_key_base_for_sessions_in_development_mode_only = 1;',
      `NOTION_TOKEN=${TOKEN.slice(0, 40)}`,
    ],
  },
};
