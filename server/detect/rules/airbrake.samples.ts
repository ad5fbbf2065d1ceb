import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'airbrake-key': {
    tps: [
      'AIRBRAKE_PROJECT_KEY=f03f1c1285608ade295ed16dc96c47d9',
      'const airbrakeProjectKey = "f03f1c1285608ade295ed16dc96c47d9";',
      '{ "airbrakeProjectKey": "f03f1c1285608ade295ed16dc96c47d9" }',
      'airbrake_project_key: \'f03f1c1285608ade295ed16dc96c47d9\'',
    ],
    fps: [
      'AIRBRAKE_PROJECT_KEY=${AIRBRAKE_PROJECT_KEY}',
      'AIRBRAKE_PROJECT_KEY=00000000000000000000000000000000',
      'AIRBRAKE_PROJECT_KEY=f03f1c1285608ade',
      'AIRBRAKE_ACCOUNT_ID=f03f1c1285608ade295ed16dc96c47d9',
      'AIRBRAKE_PROJECT_KEY_ID=f03f1c1285608ade295ed16dc96c47d9',
      'const requestId = "f03f1c1285608ade295ed16dc96c47d9";',
    ],
  },
};
