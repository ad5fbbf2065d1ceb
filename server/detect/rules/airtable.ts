import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const airtablePat = defineRule({
  id: 'airtable-pat',
  provider: 'Airtable',
  description: 'Airtable personal access token',
  keywords: ['pat'],
  anchored: true,
  // pat<14-character token id>.<64 hex secret>
  pattern: /(?<![\w.-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w.-])/g,
  envVar: 'AIRTABLE_API_KEY',
  validate: unlessPlaceholder(18),
  docs: 'https://airtable.com/developers/web/guides/personal-access-tokens',
});

export const airtableRules = [airtablePat];
