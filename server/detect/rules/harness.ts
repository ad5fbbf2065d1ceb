// Harness personal and service account tokens: `pat.` or `sat.` + account id (22) + `.` + token id (24)
// + `.` + secret (20).
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'pat.8QQCHvBV9g7rVtP2wOQi-5.2BGVtzhTP0p6cvQkjD4r29fb.PDhltOELrYSGhgeeG0gQ';

export const harnessApiKey = tokenRule({
  id: 'harness-api-key',
  provider: 'Harness',
  description: 'Harness API token',
  keywords: ['pat.', 'sat.'],
  pattern: /\b[ps]at\.[\w-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b/g,
  envVar: 'HARNESS_API_KEY',
  docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
  prefixLength: 4,
  samples: {
    tps: [...snippets(TOKEN, 'HARNESS_API_KEY'), `curl -H "x-api-key: ${TOKEN.replace('pat.', 'sat.')}" https://app.harness.io/ng/api/user/currentUser`],
    fps: [...placeholders('pat.', 'HARNESS_API_KEY', 68), `HARNESS_API_KEY=${TOKEN.slice(0, 50)}`],
  },
});

export const harnessRules = [harnessApiKey];
