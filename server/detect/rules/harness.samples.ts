import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'pat.8QQCHvBV9g7rVtP2wOQi-5.2BGVtzhTP0p6cvQkjD4r29fb.PDhltOELrYSGhgeeG0gQ';

export const samples: RuleSamples = {
  'harness-api-key': {
    tps: [...snippets(TOKEN, 'HARNESS_API_KEY'), `curl -H "x-api-key: ${TOKEN.replace('pat.', 'sat.')}" https://app.harness.io/ng/api/user/currentUser`],
    fps: [...placeholders('pat.', 'HARNESS_API_KEY', 68), `HARNESS_API_KEY=${TOKEN.slice(0, 50)}`],
  },
};
