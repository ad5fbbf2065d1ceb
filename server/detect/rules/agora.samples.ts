import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'agora-app-certificate': {
    tps: [
      'AGORA_APP_CERTIFICATE=d5326cbe45dfd29df93bac03d98a4eb7',
      'const agoraAppCertificate = "d5326cbe45dfd29df93bac03d98a4eb7";',
      '{ "agoraAppCertificate": "d5326cbe45dfd29df93bac03d98a4eb7" }',
      'agora_app_certificate: \'d5326cbe45dfd29df93bac03d98a4eb7\'',
    ],
    fps: [
      'AGORA_APP_CERTIFICATE=${AGORA_APP_CERTIFICATE}',
      'AGORA_APP_CERTIFICATE=00000000000000000000000000000000',
      'AGORA_APP_CERTIFICATE=d5326cbe45dfd29d',
      'AGORA_ACCOUNT_ID=d5326cbe45dfd29df93bac03d98a4eb7',
      'AGORA_APP_CERTIFICATE_ID=d5326cbe45dfd29df93bac03d98a4eb7',
      'const requestId = "d5326cbe45dfd29df93bac03d98a4eb7";',
    ],
  },
};
