// Quay.io OAuth and robot tokens: 32-64 alphanumerics, no prefix, so only under a Quay name.
import { namedRule } from './named-rule';

export const quayToken = namedRule({
  id: 'quay-token',
  provider: 'Quay',
  description: 'Quay token',
  keywords: ['quay'],
  name: 'quay',
  kind: 'token|password|secret',
  value: '[A-Za-z0-9]{32,64}',
  envVar: 'QUAY_TOKEN',
  docs: 'https://docs.quay.io/api/',
});

export const quayRules = [quayToken];
