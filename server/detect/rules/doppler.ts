// Doppler tokens: `dp.` + a kind (pt personal, st service, sa service account, ct CLI, scim, audit) + `.`
// + 40-44 alphanumerics. Service tokens may carry a config slug between kind and secret.
import type { Rule } from '../rule';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.doppler.com/docs/token-formats';

function dopplerRule(id: string, kind: string, description: string): Rule {
  const prefix = `dp.${kind}.`;
  const slug = kind === 'st' ? '(?:[a-z0-9_-]{2,35}\\.)?' : '';
  return tokenRule({
    id,
    provider: 'Doppler',
    description,
    keywords: [prefix],
    pattern: new RegExp(`\\bdp\\.${kind}\\.${slug}[A-Za-z0-9]{40,44}\\b`, 'g'),
    envVar: 'DOPPLER_TOKEN',
    docs: DOCS,
    prefixLength: prefix.length,
  });
}

export const dopplerPersonalToken = dopplerRule('doppler-personal-token', 'pt', 'Doppler personal token');
export const dopplerServiceToken = dopplerRule('doppler-service-token', 'st', 'Doppler service token');
export const dopplerServiceAccountToken = dopplerRule('doppler-service-account-token', 'sa', 'Doppler service account token');
export const dopplerCliToken = dopplerRule('doppler-cli-token', 'ct', 'Doppler CLI token');
export const dopplerScimToken = dopplerRule('doppler-scim-token', 'scim', 'Doppler SCIM token');
export const dopplerAuditToken = dopplerRule('doppler-audit-token', 'audit', 'Doppler audit token');

export const dopplerRules = [
  dopplerPersonalToken,
  dopplerServiceToken,
  dopplerServiceAccountToken,
  dopplerCliToken,
  dopplerScimToken,
  dopplerAuditToken,
];
