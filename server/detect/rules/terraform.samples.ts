import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'fHW5i3v7Q22v1W.atlasv1.PSpMELS6A09RLbc_Peb1M5vUuprhjMFnST2nxV5oKc9LLY0iqj844Pq8x_jFoBUm3zS';

export const samples: RuleSamples = {
  'terraform-cloud-token': {
    tps: [
      ...snippets(TOKEN, 'TFE_TOKEN'),
      `credentials "app.terraform.io" {\n  token = "${TOKEN}"\n}`,
    ],
    fps: [
      ...placeholders('xxxxxxxxxxxxxx.atlasv1.', 'TFE_TOKEN', 64),
      `TFE_TOKEN=${TOKEN.slice(0, 50)}`,
      'TFE_TOKEN=abcdefghijklmn.atlasv1.abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghij',
    ],
  },
};
