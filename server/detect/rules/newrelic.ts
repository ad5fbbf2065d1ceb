// New Relic keys: user API keys (NRAK-), browser keys (NRJS-, shipped in page snippets, so a warning),
// Insights insert keys (NRII-) and ingest license keys (40 characters ending in NRAL).
import type { Rule } from '../rule';
import type { Severity } from '../types';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';

interface Kind {
  id: string;
  description: string;
  keyword: string;
  pattern: RegExp;
  envVar: string;
  /** Literal prefix of the key; '' for the license key, whose keyword is its suffix. */
  prefix: string;
  severity?: Severity;
}

function newRelicRule(kind: Kind): Rule {
  return tokenRule({
    id: kind.id,
    provider: 'New Relic',
    description: kind.description,
    keywords: [kind.keyword],
    pattern: kind.pattern,
    envVar: kind.envVar,
    docs: DOCS,
    severity: kind.severity,
    // The license key's keyword is its suffix.
    anchored: kind.prefix !== '',
    prefixLength: kind.prefix.length,
  });
}

export const newrelicUserApiKey = newRelicRule({
  id: 'newrelic-user-api-key',
  description: 'New Relic user API key',
  keyword: 'nrak-',
  pattern: /\bNRAK-[A-Z0-9]{27}\b/g,
  envVar: 'NEW_RELIC_API_KEY',
  prefix: 'NRAK-',
});

export const newrelicBrowserKey = newRelicRule({
  id: 'newrelic-browser-key',
  description: 'New Relic browser application key',
  keyword: 'nrjs-',
  pattern: /\bNRJS-[a-f0-9]{19}\b/g,
  envVar: 'NEW_RELIC_BROWSER_KEY',
  prefix: 'NRJS-',
  severity: 'warning',
});

export const newrelicInsertKey = newRelicRule({
  id: 'newrelic-insert-key',
  description: 'New Relic Insights insert key',
  keyword: 'nrii-',
  pattern: /\bNRII-[\w-]{32}(?![\w-])/g,
  envVar: 'NEW_RELIC_INSERT_KEY',
  prefix: 'NRII-',
});

export const newrelicLicenseKey = newRelicRule({
  id: 'newrelic-license-key',
  description: 'New Relic ingest license key',
  keyword: 'nral',
  pattern: /\b[a-f0-9]{36}NRAL\b/g,
  envVar: 'NEW_RELIC_LICENSE_KEY',
  prefix: '',
});

export const newrelicRules = [newrelicUserApiKey, newrelicBrowserKey, newrelicInsertKey, newrelicLicenseKey];
