// Prefect Cloud API keys: `pnu_` + 36 alphanumerics.
import { tokenRule } from './token-rule';

export const prefectApiKey = tokenRule({
  id: 'prefect-api-key',
  provider: 'Prefect',
  description: 'Prefect Cloud API key',
  keywords: ['pnu_'],
  pattern: /\bpnu_[A-Za-z0-9]{36}\b/g,
  envVar: 'PREFECT_API_KEY',
  docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  prefixLength: 4,
});

export const prefectRules = [prefectApiKey];
