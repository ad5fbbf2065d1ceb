// Plivo auth tokens: 40 alphanumerics with no prefix, so only under a Plivo name.
import { namedRule } from './named-rule';

export const plivoAuthToken = namedRule({
  id: 'plivo-auth-token',
  provider: 'Plivo',
  description: 'Plivo auth token',
  keywords: ['plivo'],
  name: 'plivo',
  value: '[A-Za-z0-9]{40}',
  envVar: 'PLIVO_AUTH_TOKEN',
  docs: 'https://www.plivo.com/docs/messaging/api/overview/authentication',
});

export const plivoRules = [plivoAuthToken];
