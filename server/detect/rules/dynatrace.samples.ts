import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'dt0c01.N1NU8OOHTIS1C4ZQ2CPK6RVN.OZETPB8F9O84FZ5IEHXANRWR74S4L301BJM7SNLS5YESZIKTA7V7HUR1V7THWNPV';

export const samples: RuleSamples = {
  'dynatrace-api-token': {
    tps: snippets(TOKEN, 'DT_API_TOKEN'),
    fps: [...placeholders('dt0c01.', 'DT_API_TOKEN', 89), `DT_API_TOKEN=${TOKEN.slice(0, 7 + 89 - 8)}`],
  },
};
