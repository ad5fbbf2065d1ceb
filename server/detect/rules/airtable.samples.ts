import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'airtable-pat': {
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
};
