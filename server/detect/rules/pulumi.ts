// Pulumi Cloud access tokens: `pul-` + 40 hex.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'pul-65e88250b4c3b912ee2d679da325668db0ee543a';

export const pulumiAccessToken = tokenRule({
  id: 'pulumi-access-token',
  provider: 'Pulumi',
  description: 'Pulumi access token',
  keywords: ['pul-'],
  pattern: /\bpul-[a-f0-9]{40}\b/g,
  envVar: 'PULUMI_ACCESS_TOKEN',
  docs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
  prefixLength: 4,
  samples: {
    tps: snippets(TOKEN, 'PULUMI_ACCESS_TOKEN'),
    fps: [...placeholders('pul-', 'PULUMI_ACCESS_TOKEN', 40), `PULUMI_ACCESS_TOKEN=${TOKEN.slice(0, 30)}`],
  },
});

export const pulumiRules = [pulumiAccessToken];
