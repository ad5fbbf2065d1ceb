import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const PAT = 'sbp_08c183c6cd966162ecb1b4394c8be26a7cfb1b97';
const SECRET = 'sb_secret_zq9m9lqjY6d_WPBYyu7OqhvtgZW7lIU';

export const samples: RuleSamples = {
  'supabase-pat': {
    tps: snippets(PAT, 'SUPABASE_ACCESS_TOKEN'),
    fps: [...placeholders('sbp_', 'SUPABASE_ACCESS_TOKEN', 40), `SUPABASE_ACCESS_TOKEN=${PAT.slice(0, 30)}`],
  },
  'supabase-secret-key': {
    tps: [...snippets(SECRET, 'SUPABASE_SECRET_KEY'), `const supabase = createClient("https://xyzcompany.supabase.co", "${SECRET}");`],
    fps: [
      ...placeholders('sb_secret_', 'SUPABASE_SECRET_KEY', 32),
      'SUPABASE_PUBLISHABLE_KEY=sb_publishable_zq9m9lqjY6d_WPBYyu7OqhvtgZW7lIU',
      `SUPABASE_SECRET_KEY=${SECRET.slice(0, 25)}`,
    ],
  },
};
