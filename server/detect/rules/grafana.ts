// Grafana: Grafana Cloud access policy tokens (`glc_` + base64), service account tokens
// (`glsa_` + 32 alphanumerics + `_` + 8 hex CRC), and legacy API keys (base64 JSON `{"k":…,"n":…,"id":…}`).
import { tokenRule } from './token-rule';

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
});

export const grafanaRules = [grafanaCloudToken, grafanaServiceAccountToken, grafanaApiKey];
