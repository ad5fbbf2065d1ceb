// Grafana: Grafana Cloud access policy tokens (`glc_` + base64), service account tokens
// (`glsa_` + 32 alphanumerics + `_` + 8 hex CRC), and legacy API keys (base64 JSON `{"k":…,"n":…,"id":…}`).
import { placeholders, snippets, tokenRule } from './token-rule';

const CLOUD =
  'glc_TCmam+MERxZDlZSnujglM5tjy00L5m8Vt77h9A27mbfVD1t4YBGoLlsY1iJvW+1YNJXz8xcdN9Nl2nNIPRhMQWJ/tXXAc+ws/uXPcYTKuvEhmDgMfsv5PI9E';
const SERVICE = 'glsa_XpWbhifBZN6NqVLzoFQCV0x4lcIXKyzz_9e68ba54';
const LEGACY = 'eyJrIjoiOHZRMm1UOXBMdzdzSG40YkpjRno2YUdlVTFvS2k1WXgiLCJuIjoiY2ktZGVwbG95IiwiaWQiOjF9';

export const grafanaCloudToken = tokenRule({
  id: 'grafana-cloud-token',
  provider: 'Grafana',
  description: 'Grafana Cloud access policy token',
  keywords: ['glc_'],
  pattern: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}(?![\w+/=-])/g,
  envVar: 'GRAFANA_CLOUD_TOKEN',
  minEntropy: 4,
  docs: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
  prefixLength: 4,
  samples: {
    tps: snippets(CLOUD, 'GRAFANA_CLOUD_TOKEN'),
    fps: [...placeholders('glc_', 'GRAFANA_CLOUD_TOKEN', 64), 'GRAFANA_CLOUD_TOKEN=glc_eyJv', 'const glc_aaaabbbbccccddddeeeeffffgggghhhh = 1;'],
  },
});

export const grafanaServiceAccountToken = tokenRule({
  id: 'grafana-service-account-token',
  provider: 'Grafana',
  description: 'Grafana service account token',
  keywords: ['glsa_'],
  pattern: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g,
  envVar: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  prefixLength: 5,
  samples: {
    tps: [...snippets(SERVICE, 'GRAFANA_TOKEN'), `curl -H "Authorization: Bearer ${SERVICE}" https://grafana.acme.io/api/dashboards/home`],
    fps: [...placeholders('glsa_', 'GRAFANA_TOKEN', 41), `GRAFANA_TOKEN=${SERVICE.slice(0, 30)}`],
  },
});

export const grafanaApiKey = tokenRule({
  id: 'grafana-api-key',
  provider: 'Grafana',
  description: 'Grafana API key (legacy)',
  keywords: ['eyjrijoi'],
  pattern: /\beyJrIjoi[A-Za-z0-9+/]{60,400}={0,2}(?![\w+/=-])/g,
  envVar: 'GRAFANA_API_KEY',
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
  prefixLength: 8,
  // The key is base64 JSON naming the key ("n") and holding its secret ("k").
  check: (secret) => {
    try {
      const parsed = JSON.parse(Buffer.from(secret, 'base64').toString('utf8')) as Record<string, unknown>;
      return typeof parsed.k === 'string' && 'n' in parsed ? {} : false;
    } catch {
      return false;
    }
  },
  samples: {
    tps: snippets(LEGACY, 'GRAFANA_API_KEY'),
    fps: [
      ...placeholders('eyJrIjoi', 'GRAFANA_API_KEY', 80),
      `GRAFANA_API_KEY=${LEGACY.slice(0, 50)}`,
      'GRAFANA_API_KEY=eyJrIjoiYWJjIiwibm90IjoiYSBncmFmYW5hIGtleSBhdCBhbGwsIGp1c3QgYSBsb25nIGVub3VnaCBzdHJpbmcifQ==',
    ],
  },
});

export const grafanaRules = [grafanaCloudToken, grafanaServiceAccountToken, grafanaApiKey];
