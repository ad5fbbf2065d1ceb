import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const asanaPat = defineRule({
  id: 'asana-pat',
  provider: 'Asana',
  description: 'Asana personal access token',
  keywords: ['1/', '2/'],
  anchored: true,
  // 1/<user gid>:<32 hex> (older) or 2/<user gid>/<app gid>:<32 hex>.
  pattern: /(?<![\w/.:-])(?:1\/[0-9]{13,19}|2\/[0-9]{13,19}\/[0-9]{13,19}):[0-9a-f]{32}(?![\w-])/g,
  envVar: 'ASANA_ACCESS_TOKEN',
  minEntropy: 3,
  validate: (secret) => unlessPlaceholder(secret.indexOf(':') + 1)(secret),
  docs: 'https://developers.asana.com/docs/personal-access-token',
});

export const asanaRules = [asanaPat];
