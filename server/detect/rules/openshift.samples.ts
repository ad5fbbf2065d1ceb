import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'sha256~3ksHZCSjqeC9tjx2_KdaO1EEBAQxVtCyXc4ag2JMuMu';

export const samples: RuleSamples = {
  'openshift-user-token': {
    tps: snippets(TOKEN, 'OPENSHIFT_TOKEN'),
    fps: [...placeholders('sha256~', 'OPENSHIFT_TOKEN', 43), `OPENSHIFT_TOKEN=${TOKEN.slice(0, 7 + 43 - 8)}`],
  },
};
