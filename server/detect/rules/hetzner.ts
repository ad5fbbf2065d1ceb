// Hetzner Cloud API tokens: 64 alphanumerics with no prefix, so only under a Hetzner (`HCLOUD_TOKEN`) name.
import { namedRule } from './named-rule';

export const hetznerCloudToken = namedRule({
  id: 'hetzner-cloud-token',
  provider: 'Hetzner',
  description: 'Hetzner Cloud API token',
  keywords: ['hetzner', 'hcloud'],
  name: 'hetzner|hcloud',
  value: '[A-Za-z0-9]{64}',
  envVar: 'HCLOUD_TOKEN',
  docs: 'https://docs.hetzner.cloud/reference/cloud#authentication',
});

export const hetznerRules = [hetznerCloudToken];
