import { defineRule } from '../rule';
import { unlessPlaceholder } from '../placeholder';

export const typeformPat = defineRule({
  id: 'typeform-pat',
  provider: 'Typeform',
  description: 'Typeform personal access token',
  keywords: ['tfp_'],
  anchored: true,
  pattern: /(?<![\w-])tfp_[A-Za-z0-9_.=-]{59}(?![\w.=-])/g,
  envVar: 'TYPEFORM_TOKEN',
  minEntropy: 3.5,
  validate: unlessPlaceholder(4),
  docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
});

export const typeformRules = [typeformPat];
