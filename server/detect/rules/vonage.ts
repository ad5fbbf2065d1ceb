// Vonage (Nexmo) API secrets: 16 alphanumerics with no prefix, so only under a Vonage or Nexmo name.
import { namedRule } from './named-rule';

export const vonageApiSecret = namedRule({
  id: 'vonage-api-secret',
  provider: 'Vonage',
  description: 'Vonage API secret',
  keywords: ['vonage', 'nexmo'],
  name: 'vonage|nexmo',
  kind: 'secret',
  value: '[A-Za-z0-9]{16}',
  envVar: 'VONAGE_API_SECRET',
  docs: 'https://developer.vonage.com/en/getting-started/concepts/authentication',
});

export const vonageRules = [vonageApiSecret];
