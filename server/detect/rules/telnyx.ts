// Telnyx API keys (v2): `KEY`, 32 upper-case hex, `_` and 22 alphanumerics; counted under a Telnyx name.
import { namedRule } from './named-rule';

export const telnyxApiKey = namedRule({
  id: 'telnyx-api-key',
  provider: 'Telnyx',
  description: 'Telnyx API key',
  keywords: ['telnyx'],
  name: 'telnyx',
  value: 'KEY[A-F0-9]{32}_[A-Za-z0-9]{22}',
  envVar: 'TELNYX_API_KEY',
  docs: 'https://developers.telnyx.com/docs/overview#authentication',
});

export const telnyxRules = [telnyxApiKey];
