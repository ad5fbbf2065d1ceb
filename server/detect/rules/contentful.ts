import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const contentfulPat = defineRule({
  id: 'contentful-pat',
  provider: 'Contentful',
  description: 'Contentful management personal access token',
  keywords: ['cfpat-'],
  anchored: true,
  pattern: /(?<![\w-])CFPAT-[A-Za-z0-9_-]{43}(?![\w-])/g,
  envVar: 'CONTENTFUL_MANAGEMENT_TOKEN',
  validate: unlessPlaceholder(6),
  docs: 'https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api',
});

export const contentfulRules = [contentfulPat];
