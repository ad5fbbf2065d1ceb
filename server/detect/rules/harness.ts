// Harness personal and service account tokens: `pat.` or `sat.` + account id (22) + `.` + token id (24)
// + `.` + secret (20).
import { tokenRule } from './token-rule';

export const harnessApiKey = tokenRule({
  id: 'harness-api-key',
  provider: 'Harness',
  description: 'Harness API token',
  keywords: ['pat.', 'sat.'],
  pattern: /\b[ps]at\.[\w-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b/g,
  envVar: 'HARNESS_API_KEY',
  docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
  prefixLength: 4,
});

export const harnessRules = [harnessApiKey];
