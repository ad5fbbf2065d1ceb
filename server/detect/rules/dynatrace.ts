// Dynatrace API tokens: `dt0c01.` + a 24-character public part, `.` and a 64-character secret.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'dt0c01.N1NU8OOHTIS1C4ZQ2CPK6RVN.OZETPB8F9O84FZ5IEHXANRWR74S4L301BJM7SNLS5YESZIKTA7V7HUR1V7THWNPV';

export const dynatraceApiToken = tokenRule({
  id: 'dynatrace-api-token',
  provider: 'Dynatrace',
  description: 'Dynatrace API token',
  keywords: ['dt0c01.'],
  pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/g,
  envVar: 'DT_API_TOKEN',
  docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
  prefixLength: 7,
  samples: {
    tps: snippets(TOKEN, 'DT_API_TOKEN'),
    fps: [...placeholders('dt0c01.', 'DT_API_TOKEN', 89), `DT_API_TOKEN=${TOKEN.slice(0, 7 + 89 - 8)}`],
  },
});

export const dynatraceRules = [dynatraceApiToken];
