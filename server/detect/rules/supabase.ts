// Supabase: personal access tokens (`sbp_` + 40 hex, management API) and the secret API keys that
// replace the service_role JWT (`sb_secret_…`). Publishable keys (`sb_publishable_`) are public.
import { placeholders, snippets, tokenRule } from './token-rule';

const PAT = 'sbp_08c183c6cd966162ecb1b4394c8be26a7cfb1b97';
const SECRET = 'sb_secret_zq9m9lqjY6d_WPBYyu7OqhvtgZW7lIU';

export const supabasePat = tokenRule({
  id: 'supabase-pat',
  provider: 'Supabase',
  description: 'Supabase personal access token',
  keywords: ['sbp_'],
  pattern: /\bsbp_[a-f0-9]{40}\b/g,
  envVar: 'SUPABASE_ACCESS_TOKEN',
  docs: 'https://supabase.com/docs/reference/api/introduction',
  prefixLength: 4,
  samples: {
    tps: snippets(PAT, 'SUPABASE_ACCESS_TOKEN'),
    fps: [...placeholders('sbp_', 'SUPABASE_ACCESS_TOKEN', 40), `SUPABASE_ACCESS_TOKEN=${PAT.slice(0, 30)}`],
  },
});

export const supabaseSecretKey = tokenRule({
  id: 'supabase-secret-key',
  provider: 'Supabase',
  description: 'Supabase secret API key',
  keywords: ['sb_secret_'],
  pattern: /\bsb_secret_[\w-]{30,64}(?![\w-])/g,
  envVar: 'SUPABASE_SECRET_KEY',
  docs: 'https://supabase.com/docs/guides/api/api-keys',
  prefixLength: 10,
  samples: {
    tps: [...snippets(SECRET, 'SUPABASE_SECRET_KEY'), `const supabase = createClient("https://xyzcompany.supabase.co", "${SECRET}");`],
    fps: [
      ...placeholders('sb_secret_', 'SUPABASE_SECRET_KEY', 32),
      'SUPABASE_PUBLISHABLE_KEY=sb_publishable_zq9m9lqjY6d_WPBYyu7OqhvtgZW7lIU',
      `SUPABASE_SECRET_KEY=${SECRET.slice(0, 25)}`,
    ],
  },
});

export const supabaseRules = [supabasePat, supabaseSecretKey];
