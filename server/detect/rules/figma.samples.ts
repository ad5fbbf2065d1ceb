import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'figma-pat': {
    tps: ['FIGMA_TOKEN=figd_rQW8ENnA-S4OQXJcxEDRp99wRXZC-upoJIEeFwm7', "headers: { 'X-Figma-Token': 'figd_rQW8ENnA-S4OQXJcxEDRp99wRXZC-upoJIEeFwm7' }"],
    fps: ['FIGMA_TOKEN=figd_your-personal-access-token-goes-here', 'FIGMA_TOKEN=figd_rQW8ENnA-S4OQX', 'FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
