import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const CLOUD =
  'glc_TCmam+MERxZDlZSnujglM5tjy00L5m8Vt77h9A27mbfVD1t4YBGoLlsY1iJvW+1YNJXz8xcdN9Nl2nNIPRhMQWJ/tXXAc+ws/uXPcYTKuvEhmDgMfsv5PI9E';
const SERVICE = 'glsa_XpWbhifBZN6NqVLzoFQCV0x4lcIXKyzz_9e68ba54';
const LEGACY = 'eyJrIjoiOHZRMm1UOXBMdzdzSG40YkpjRno2YUdlVTFvS2k1WXgiLCJuIjoiY2ktZGVwbG95IiwiaWQiOjF9';

export const samples: RuleSamples = {
  'grafana-cloud-token': {
    tps: snippets(CLOUD, 'GRAFANA_CLOUD_TOKEN'),
    fps: [...placeholders('glc_', 'GRAFANA_CLOUD_TOKEN', 64), 'GRAFANA_CLOUD_TOKEN=glc_eyJv', 'const glc_aaaabbbbccccddddeeeeffffgggghhhh = 1;'],
  },
  'grafana-service-account-token': {
    tps: [...snippets(SERVICE, 'GRAFANA_TOKEN'), `curl -H "Authorization: Bearer ${SERVICE}" https://grafana.acme.io/api/dashboards/home`],
    fps: [...placeholders('glsa_', 'GRAFANA_TOKEN', 41), `GRAFANA_TOKEN=${SERVICE.slice(0, 30)}`],
  },
  'grafana-api-key': {
    tps: snippets(LEGACY, 'GRAFANA_API_KEY'),
    fps: [
      ...placeholders('eyJrIjoi', 'GRAFANA_API_KEY', 80),
      `GRAFANA_API_KEY=${LEGACY.slice(0, 50)}`,
      'GRAFANA_API_KEY=eyJrIjoiYWJjIiwibm90IjoiYSBncmFmYW5hIGtleSBhdCBhbGwsIGp1c3QgYSBsb25nIGVub3VnaCBzdHJpbmcifQ==',
    ],
  },
};
