// Dynatrace API tokens: `dt0c01.` + a 24-character public part, `.` and a 64-character secret.
import { tokenRule } from './token-rule';

export const dynatraceApiToken = tokenRule({
  id: 'dynatrace-api-token',
  provider: 'Dynatrace',
  description: 'Dynatrace API token',
  keywords: ['dt0c01.'],
  pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/g,
  envVar: 'DT_API_TOKEN',
  docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
  prefixLength: 7,
});

export const dynatraceRules = [dynatraceApiToken];
