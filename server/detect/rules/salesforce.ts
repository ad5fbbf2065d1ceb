// Salesforce session and access tokens: the org id (`00D` + 12 or 15 characters), `!`, and the session secret.
import { tokenRule } from './token-rule';

export const salesforceAccessToken = tokenRule({
  id: 'salesforce-access-token',
  provider: 'Salesforce',
  description: 'Salesforce access token',
  keywords: ['00d'],
  pattern: /(?<![\w-])00D[A-Za-z0-9]{12,15}![\w.]{90,110}(?![\w.-])/g,
  envVar: 'SALESFORCE_ACCESS_TOKEN',
  docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm',
  prefixLength: 3,
});

export const salesforceRules = [salesforceAccessToken];
