// Notion integration tokens: `ntn_` + 11 digits + 35 alphanumerics, and the older `secret_` + 43 alphanumerics. The old
// prefix is a common word, so those need a mixed-case random body and are high confidence only near "notion".
import { near } from './assigned';
import { charClasses } from './shape';
import { tokenRule } from './token-rule';

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
});

export const notionRules = [notionIntegrationToken];
