// Prefect Cloud API keys: `pnu_` + 36 alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'pnu_1KBvH4VCRLD6ndD3c4vcSPmWzYUqfurnCWnL';

export const prefectApiKey = tokenRule({
  id: 'prefect-api-key',
  provider: 'Prefect',
  description: 'Prefect Cloud API key',
  keywords: ['pnu_'],
  pattern: /\bpnu_[A-Za-z0-9]{36}\b/g,
  envVar: 'PREFECT_API_KEY',
  docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  prefixLength: 4,
  samples: {
    tps: snippets(TOKEN, 'PREFECT_API_KEY'),
    fps: [...placeholders('pnu_', 'PREFECT_API_KEY', 36), `PREFECT_API_KEY=${TOKEN.slice(0, 4 + 36 - 8)}`],
  },
});

export const prefectRules = [prefectApiKey];
