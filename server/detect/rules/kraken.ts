// Kraken private API keys: 88 base64 characters, no prefix, so only under a Kraken name.
import { namedRule } from './named-rule';

export const krakenPrivateKey = namedRule({
  id: 'kraken-private-key',
  provider: 'Kraken',
  description: 'Kraken private API key',
  keywords: ['kraken'],
  name: 'kraken',
  kind: 'secret|private[_.-]?key|key',
  value: '[A-Za-z0-9+/]{86}==',
  envVar: 'KRAKEN_PRIVATE_KEY',
  docs: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
});

export const krakenRules = [krakenPrivateKey];
