import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'contentful-pat': {
    tps: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq',
      "const client = contentful.createClient({ accessToken: 'CFPAT-tnr_879CAA3z2w2p1VCGdwJ4KHdNZzhrpvaWmY3E0aq' });",
    ],
    fps: ['CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your token>', 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'contentful-delivery-token': {
    tps: ['CONTENTFUL_ACCESS_TOKEN=hNTKNAAjyh7nv9HjtGCFdgKzGkwM5ScoFmNbm0XIgNc', "const client = createClient({ space: 'x9k2m4', contentfulAccessToken: 'hNTKNAAjyh7nv9HjtGCFdgKzGkwM5ScoFmNbm0XIgNc' });", 'contentful_preview_token: hNTKNAAjyh7nv9HjtGCFdgKzGkwM5ScoFmNbm0XIgNc'],
    fps: ['CONTENTFUL_SPACE_ID=x9k2m4p7q1', 'CONTENTFUL_ACCESS_TOKEN=${CONTENTFUL_ACCESS_TOKEN}', 'CONTENTFUL_ACCESS_TOKEN=your_delivery_api_token_here_xxxxxxxxxxxxx', 'CONTENTFUL_ACCESS_TOKEN=hNTKNAAjyh7nv9HjtGCFdgKzGkwM5S'],
  },
};
