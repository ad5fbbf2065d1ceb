import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'contentful-pat': {
    tps: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq',
      "const client = contentful.createClient({ accessToken: 'CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq' });",
    ],
    fps: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your token>', 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
