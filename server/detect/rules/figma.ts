import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

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
});

export const figmaRules = [figmaPat];
