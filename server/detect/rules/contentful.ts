import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

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
  samples: {
    tps: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq',
      "const client = contentful.createClient({ accessToken: 'CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq' });",
    ],
    fps: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your token>', 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
