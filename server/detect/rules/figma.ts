import { defineRule } from '../rule';
import { unlessPlaceholder } from './support/placeholder';

export const figmaPat = defineRule({
  id: 'figma-pat',
  provider: 'Figma',
  description: 'Figma personal access token',
  keywords: ['figd_'],
  anchored: true,
  pattern: /(?<![\w-])figd_[A-Za-z0-9_-]{38,64}(?![\w-])/g,
  envVar: 'FIGMA_TOKEN',
  minEntropy: 3.5,
  validate: unlessPlaceholder(5),
  docs: 'https://www.figma.com/developers/api#access-tokens',
  samples: {
    tps: ['FIGMA_TOKEN=figd_rQW8ENnA-S4OQXJcxEDRp99wRXZC-upoJIEeFwm7', "headers: { 'X-Figma-Token': 'figd_rQW8ENnA-S4OQXJcxEDRp99wRXZC-upoJIEeFwm7' }"],
    fps: ['FIGMA_TOKEN=figd_your-personal-access-token-goes-here', 'FIGMA_TOKEN=figd_rQW8ENnA-S4OQX', 'FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
