// Agora app certificates: 32 hex with no prefix, so only under an Agora name.
import { namedRule } from './named-rule';

export const agoraAppCertificate = namedRule({
  id: 'agora-app-certificate',
  provider: 'Agora',
  description: 'Agora app certificate',
  keywords: ['agora'],
  name: 'agora',
  kind: 'certificate|secret|key|token',
  value: '[a-f0-9]{32}',
  envVar: 'AGORA_APP_CERTIFICATE',
  docs: 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account#get-the-app-certificate',
});

export const agoraRules = [agoraAppCertificate];
