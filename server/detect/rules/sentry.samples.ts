import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const CLAIMS =
  'eyJpYXQiOjE3MzIyOTAwNTEuNDAyNjE0LCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyIsInJlZ2lvbl91cmwiOiJodHRwczovL3VzLnNlbnRyeS5pbyIsIm9yZyI6ImFjbWUifQ==';
const ORG_TOKEN = `sntrys_${CLAIMS}_wxZXFqHDD6StMKAmdqwhxesuifYxMPwKMzGOpxosCmz`;
const USER_TOKEN = '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';
const DSN = 'https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:9c8b7a6d5e4f30211f2e3d4c5b6a7988@o482913.ingest.sentry.io/5512904';

export const samples: RuleSamples = {
  'sentry-org-token': {
    tps: [...snippets(ORG_TOKEN, 'SENTRY_AUTH_TOKEN'), `[auth]\ntoken=${ORG_TOKEN}`],
    fps: [
      ...placeholders('sntrys_', 'SENTRY_AUTH_TOKEN', 120),
      `SENTRY_AUTH_TOKEN=sntrys_eyJ${'A'.repeat(60)}_${'b'.repeat(43)}`,
      `SENTRY_AUTH_TOKEN=sntrys_eyJub3QganNvbiBhdCBhbGwsIGp1c3QgdGV4dA_wxZXFqHDD6StMKAmdqwhxesuifYxMPwKMzGOpxosCmz`,
    ],
  },
  'sentry-user-token': {
    tps: snippets(USER_TOKEN, 'SENTRY_AUTH_TOKEN'),
    fps: [...placeholders('sntryu_', 'SENTRY_AUTH_TOKEN', 64), `SENTRY_AUTH_TOKEN=${USER_TOKEN.slice(0, 50)}`],
  },
  'sentry-dsn-secret': {
    tps: [`SENTRY_DSN=${DSN}`, `Sentry.init({ dsn: "${DSN}" });`, `raven:\n  dsn: 'https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:9c8b7a6d5e4f30211f2e3d4c5b6a7988@sentry.acme.io/12'`],
    fps: [
      'SENTRY_DSN=https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70@o482913.ingest.sentry.io/5512904',
      'SENTRY_DSN=https://public:secret@sentry.example.com/1',
      'SENTRY_DSN=${SENTRY_DSN}',
      `SENTRY_DSN=https://5f0e7a91c3b24d6e8a1f2c3b4d5e6f70:${'0'.repeat(32)}@o1.ingest.sentry.io/1`,
    ],
  },
};
