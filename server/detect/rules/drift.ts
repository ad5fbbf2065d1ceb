// Drift OAuth access tokens: 32 alphanumerics with no prefix, so only under a Drift name.
import { namedRule } from './named-rule';

export const driftAccessToken = namedRule({
  id: 'drift-access-token',
  provider: 'Drift',
  description: 'Drift access token',
  keywords: ['drift'],
  name: 'drift',
  value: '[A-Za-z0-9]{32}',
  envVar: 'DRIFT_ACCESS_TOKEN',
  docs: 'https://devdocs.drift.com/docs/authentication-and-scopes',
});

export const driftRules = [driftAccessToken];
