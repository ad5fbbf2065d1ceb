import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function dopplerSamples(kind: string, body: string, extraTps: string[] = []) {
  const prefix = `dp.${kind}.`;
  const token = prefix + body;
  return {
    tps: [...snippets(token, 'DOPPLER_TOKEN'), `doppler run --token ${token} -- npm start`, ...extraTps],
    fps: [...placeholders(prefix, 'DOPPLER_TOKEN', 43), `DOPPLER_TOKEN=${token.slice(0, 30)}`],
  };
}

export const samples: RuleSamples = {
  'doppler-personal-token': dopplerSamples('pt', 'PGTH4Oa75NpE8FDYkLFnOSmWduwlLm4r97AVAUF6AED'),
  'doppler-service-token': dopplerSamples('st', 'CQhqUAaSU5MrYzVoUdMru8FIvptsRvgV3DJnGzMP', [
    'DOPPLER_TOKEN=dp.st.prd.YQjaLeJ1reYGQu4Kuv3d440oaaSTBMCrpUbHUqupQ',
  ]),
  'doppler-service-account-token': dopplerSamples('sa', 'YQjaLeJ1reYGQu4Kuv3d440oaaSTBMCrpUbHUqup'),
  'doppler-cli-token': dopplerSamples('ct', '4MRfqO0Hp1plQ1rSivliMi9ucp8GZBruF33GnCB8'),
  'doppler-scim-token': dopplerSamples('scim', 'jqzP7XezZBkPams6dghNYv6uBI98FrOhZuGsawnB'),
  'doppler-audit-token': dopplerSamples('audit', 'G7kFucNkwbrOXw9DcF2rx1LeIc0y0GZ3pAna5TQ0'),
};
