// Doppler tokens: `dp.` + a kind (pt personal, st service, sa service account, ct CLI, scim, audit) + `.`
// + 40-44 alphanumerics. Service tokens may carry a config slug between kind and secret.
import type { Rule } from '../rule';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.doppler.com/docs/token-formats';

function dopplerRule(id: string, kind: string, description: string, body: string, extraTps: string[] = []): Rule {
  const prefix = `dp.${kind}.`;
  const token = prefix + body;
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
    samples: {
      tps: [...snippets(token, 'DOPPLER_TOKEN'), `doppler run --token ${token} -- npm start`, ...extraTps],
      fps: [...placeholders(prefix, 'DOPPLER_TOKEN', 43), `DOPPLER_TOKEN=${token.slice(0, 30)}`],
    },
  });
}

export const dopplerPersonalToken = dopplerRule('doppler-personal-token', 'pt', 'Doppler personal token', 'PGTH4Oa75NpE8FDYkLFnOSmWduwlLm4r97AVAUF6AED');
export const dopplerServiceToken = dopplerRule('doppler-service-token', 'st', 'Doppler service token', 'CQhqUAaSU5MrYzVoUdMru8FIvptsRvgV3DJnGzMP', [
  'DOPPLER_TOKEN=dp.st.prd.YQjaLeJ1reYGQu4Kuv3d440oaaSTBMCrpUbHUqupQ',
]);
export const dopplerServiceAccountToken = dopplerRule('doppler-service-account-token', 'sa', 'Doppler service account token', 'YQjaLeJ1reYGQu4Kuv3d440oaaSTBMCrpUbHUqup');
export const dopplerCliToken = dopplerRule('doppler-cli-token', 'ct', 'Doppler CLI token', '4MRfqO0Hp1plQ1rSivliMi9ucp8GZBruF33GnCB8');
export const dopplerScimToken = dopplerRule('doppler-scim-token', 'scim', 'Doppler SCIM token', 'jqzP7XezZBkPams6dghNYv6uBI98FrOhZuGsawnB');
export const dopplerAuditToken = dopplerRule('doppler-audit-token', 'audit', 'Doppler audit token', 'G7kFucNkwbrOXw9DcF2rx1LeIc0y0GZ3pAna5TQ0');

export const dopplerRules = [
  dopplerPersonalToken,
  dopplerServiceToken,
  dopplerServiceAccountToken,
  dopplerCliToken,
  dopplerScimToken,
  dopplerAuditToken,
];
