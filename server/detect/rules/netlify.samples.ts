import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const PAT = 'nfp_qiS11DKN9gmp7Ov33cEVNyiuoloxGVjxokNe';
const LEGACY = 'yFMA4Slc21eDSQo46fjwJSwNJhVYeS3cNA5Y99aU5Nz';

export const samples: RuleSamples = {
  'netlify-pat': {
    tps: [...snippets(PAT, 'NETLIFY_AUTH_TOKEN'), `netlify deploy --prod --auth ${PAT}`],
    fps: [...placeholders('nfp_', 'NETLIFY_AUTH_TOKEN', 36), `NETLIFY_AUTH_TOKEN=${PAT.slice(0, 30)}`],
  },
  'netlify-auth-token': {
    tps: [`NETLIFY_AUTH_TOKEN=${LEGACY}`, `const netlifyToken = '${LEGACY}';`, `"netlify_api_token": "${LEGACY}"`],
    fps: [
      'NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}',
      `NETLIFY_AUTH_TOKEN=${PAT}`,
      `NETLIFY_SITE_ID=${LEGACY}`,
      'NETLIFY_AUTH_TOKEN=your-netlify-personal-access-token-from-ui',
    ],
  },
};
