// An environment hint from context when the credential itself carries none (as `sk_live_`/`sk_test_` do):
// the file (`.env.production`, `config/staging.yml`) or the name it is assigned to (`PROD_DB_PASSWORD`).
import type { EnvironmentHint } from './types';

const LIVE = /(?:^|[^a-z])(?:prod|production|live)(?:[^a-z]|$)/;
const TEST = /(?:^|[^a-z])(?:test|tests|testing|dev|development|staging|stage|sandbox|local|demo|qa)(?:[^a-z]|$)/;

/** 'live' or 'test' when the name or the file's base name says so (the name wins), else 'unknown'. */
export function environmentFromContext(path: string, name: string): EnvironmentHint {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  for (const where of [name.toLowerCase(), base]) {
    const live = LIVE.test(where);
    const test = TEST.test(where);
    if (live !== test) return live ? 'live' : 'test';
  }
  return 'unknown';
}
