// Supabase: personal access tokens (`sbp_` + 40 hex, management API) and the secret API keys that
// replace the service_role JWT (`sb_secret_…`). Publishable keys (`sb_publishable_`) are public.
import { tokenRule } from './token-rule';

export const supabasePat = tokenRule({
  id: 'supabase-pat',
  provider: 'Supabase',
  description: 'Supabase personal access token',
  keywords: ['sbp_'],
  pattern: /\bsbp_[a-f0-9]{40}\b/g,
  envVar: 'SUPABASE_ACCESS_TOKEN',
  docs: 'https://supabase.com/docs/reference/api/introduction',
  prefixLength: 4,
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
});

export const supabaseRules = [supabasePat, supabaseSecretKey];
