// Hugging Face user access tokens (`hf_` + 34 letters) and legacy organization API tokens (`api_org_`).
import { tokenRule } from './token-rule';

export const huggingfaceToken = tokenRule({
  id: 'huggingface-token',
  provider: 'Hugging Face',
  description: 'Hugging Face access token',
  keywords: ['hf_'],
  pattern: /\bhf_[A-Za-z]{34}\b/g,
  envVar: 'HF_TOKEN',
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  prefixLength: 3,
  // Letters only: require both cases, as generated tokens have, to skip identifiers like hf_modelconfig….
  check: (secret) => (/[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(3)) ? {} : false),
});

export const huggingfaceOrgToken = tokenRule({
  id: 'huggingface-org-token',
  provider: 'Hugging Face',
  description: 'Hugging Face organization API token',
  keywords: ['api_org_'],
  pattern: /\bapi_org_[A-Za-z]{34}\b/g,
  envVar: 'HF_ORG_TOKEN',
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  prefixLength: 8,
  check: (secret) => (/[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(8)) ? {} : false),
});

export const huggingfaceRules = [huggingfaceToken, huggingfaceOrgToken];
