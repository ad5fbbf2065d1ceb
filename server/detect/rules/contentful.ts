import { defineRule } from '../rule';
import { namedRule } from './named-rule';
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

// Delivery and preview API tokens: 43 base64url characters, no prefix, so only under a Contentful name.
export const contentfulDeliveryToken = namedRule({
  id: 'contentful-delivery-token',
  provider: 'Contentful',
  description: 'Contentful delivery or preview API token',
  keywords: ['contentful'],
  name: 'contentful',
  kind: 'token|key',
  value: '[\\w-]{43}',
  classes: 3,
  envVar: 'CONTENTFUL_ACCESS_TOKEN',
  docs: 'https://www.contentful.com/developers/docs/references/authentication/#api-keys-in-the-contentful-web-app',
});

export const contentfulRules = [contentfulPat, contentfulDeliveryToken];
