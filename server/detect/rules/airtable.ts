import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

export const airtablePat = defineRule({
  id: 'airtable-pat',
  provider: 'Airtable',
  description: 'Airtable personal access token',
  keywords: ['pat'],
  anchored: true,
  // pat<14-character token id>.<64 hex secret>
  pattern: /(?<![\w.-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w.-])/g,
  envVar: 'AIRTABLE_API_KEY',
  validate: unlessPlaceholder(18),
  docs: 'https://airtable.com/developers/web/guides/personal-access-tokens',
  samples: {
    tps: [
      'AIRTABLE_API_KEY=patRjVnyO33C1hSae.34777637803cfc48bd07541515628af92e22a854e2d892d308c2913fd2f43760',
      "const base = new Airtable({ apiKey: 'patRjVnyO33C1hSae.34777637803cfc48bd07541515628af92e22a854e2d892d308c2913fd2f43760' }).base(id);",
    ],
    fps: [
      'AIRTABLE_API_KEY=patXXXXXXXXXXXXXX.0000000000000000000000000000000000000000000000000000000000000000',
      'AIRTABLE_API_KEY=patRjVnyO33C1hSae.YOUR_SECRET',
      'path.34777637803cfc48bd07541515628af92e22a854e2d892d308c2913fd2f43760',
    ],
  },
});
