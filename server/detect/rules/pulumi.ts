// Pulumi Cloud access tokens: `pul-` + 40 hex.
import { tokenRule } from './token-rule';

export const pulumiAccessToken = tokenRule({
  id: 'pulumi-access-token',
  provider: 'Pulumi',
  description: 'Pulumi access token',
  keywords: ['pul-'],
  pattern: /\bpul-[a-f0-9]{40}\b/g,
  envVar: 'PULUMI_ACCESS_TOKEN',
  docs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
  prefixLength: 4,
});

export const pulumiRules = [pulumiAccessToken];
