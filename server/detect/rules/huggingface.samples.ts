import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = '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';
const ORG = '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';

export const samples: RuleSamples = {
  'huggingface-token': {
    tps: [...snippets(TOKEN, 'HF_TOKEN'), `huggingface-cli login --token ${TOKEN}`],
    fps: [
      ...placeholders('hf_', 'HF_TOKEN', 34),
      `HF_TOKEN=${TOKEN.slice(0, 20)}`,
      'def hf_transformersmodelconfigurationloader(): pass',
      'HF_TOKEN=hf_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh',
    ],
  },
  'huggingface-org-token': {
    tps: snippets(ORG, 'HF_ORG_TOKEN'),
    fps: [...placeholders('api_org_', 'HF_ORG_TOKEN', 34), `HF_ORG_TOKEN=${ORG.slice(0, 30)}`],
  },
};
