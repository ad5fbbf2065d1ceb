// Tailscale keys: `tskey-` and the kind (`api`, `auth`, `client`, `webhook`, `scim`), a key id, `-` and the secret.
import { tokenRule } from './token-rule';

export const tailscaleKey = tokenRule({
  id: 'tailscale-key',
  provider: 'Tailscale',
  description: 'Tailscale key',
  keywords: ['tskey-'],
  pattern: /(?<![\w-])tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{24,40}(?![\w-])/g,
  envVar: 'TAILSCALE_API_KEY',
  docs: 'https://tailscale.com/kb/1101/api',
  prefixLength: 10,
});

export const tailscaleRules = [tailscaleKey];
