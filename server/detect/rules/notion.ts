// Notion integration tokens: `ntn_` + 11 digits + 35 alphanumerics, and the older `secret_` + 43 alphanumerics. The old
// prefix is a common word, so those need a mixed-case random body and are high confidence only near "notion".
import { near } from './assigned';
import { charClasses } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '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';
const LEGACY = 'secret_QhZ0TZScTY7KxMq3xRgOGbl3K3oxV3nUgH0Trvt5Wag';

export const notionIntegrationToken = tokenRule({
  id: 'notion-integration-token',
  provider: 'Notion',
  description: 'Notion integration token',
  keywords: ['ntn_', 'secret_'],
  pattern: /\b(?:ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\b/g,
  envVar: 'NOTION_TOKEN',
  docs: 'https://developers.notion.com/docs/authorization',
  prefixLength: 4,
  check: (secret, match, ctx) => {
    if (secret.startsWith('ntn_')) return {};
    if (charClasses(secret.slice(7)) < 3) return false;
    return near(ctx.text, match.index, match.index + secret.length, /notion/i, 300) ? {} : { confidence: 'medium' };
  },
  samples: {
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
});

export const notionRules = [notionIntegrationToken];
