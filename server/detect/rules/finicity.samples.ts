import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'finicity-app-key': {
    tps: [
      'FINICITY_APP_KEY=c475f49551ae8625aa84a4ecf848fd45',
      'const finicityAppKey = "c475f49551ae8625aa84a4ecf848fd45";',
      '{ "finicityAppKey": "c475f49551ae8625aa84a4ecf848fd45" }',
      'finicity_app_key: \'c475f49551ae8625aa84a4ecf848fd45\'',
    ],
    fps: [
      'FINICITY_APP_KEY=${FINICITY_APP_KEY}',
      'FINICITY_APP_KEY=00000000000000000000000000000000',
      'FINICITY_APP_KEY=c475f49551ae8625',
      'FINICITY_ACCOUNT_ID=c475f49551ae8625aa84a4ecf848fd45',
      'FINICITY_APP_KEY_ID=c475f49551ae8625aa84a4ecf848fd45',
      'const requestId = "c475f49551ae8625aa84a4ecf848fd45";',
    ],
  },
};
