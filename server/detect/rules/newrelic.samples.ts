import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function newRelicSamples(prefix: string, envVar: string, token: string) {
  return {
    tps: snippets(token, envVar),
    fps: [...placeholders(prefix, envVar, token.length - prefix.length), `${envVar}=${token.slice(0, -5)}`],
  };
}

export const samples: RuleSamples = {
  'newrelic-user-api-key': newRelicSamples('NRAK-', 'NEW_RELIC_API_KEY', 'NRAK-DLRTSTLQU24D8RPHQ5VH62AUIQC'),
  'newrelic-browser-key': newRelicSamples('NRJS-', 'NEW_RELIC_BROWSER_KEY', 'NRJS-eef6ce5d3dc43563fcd'),
  'newrelic-insert-key': newRelicSamples('NRII-', 'NEW_RELIC_INSERT_KEY', 'NRII-GPd2MHKGM_DSG_hWcXGzbudcDW8Wn6dY'),
  'newrelic-license-key': newRelicSamples('', 'NEW_RELIC_LICENSE_KEY', 'c38767dd29d70f85efc002e23a65e24363c0NRAL'),
};
