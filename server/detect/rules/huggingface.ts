// Hugging Face user access tokens (`hf_` + 34 letters) and legacy organization API tokens (`api_org_`).
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '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';
const ORG = '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';

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
  samples: {
    tps: [...snippets(TOKEN, 'HF_TOKEN'), `huggingface-cli login --token ${TOKEN}`],
    fps: [
      ...placeholders('hf_', 'HF_TOKEN', 34),
      `HF_TOKEN=${TOKEN.slice(0, 20)}`,
      'def hf_transformersmodelconfigurationloader(): pass',
      'HF_TOKEN=hf_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh',
    ],
  },
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
  samples: {
    tps: snippets(ORG, 'HF_ORG_TOKEN'),
    fps: [...placeholders('api_org_', 'HF_ORG_TOKEN', 34), `HF_ORG_TOKEN=${ORG.slice(0, 30)}`],
  },
});

export const huggingfaceRules = [huggingfaceToken, huggingfaceOrgToken];
