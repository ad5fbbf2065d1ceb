// Fly.io tokens: macaroons written `FlyV1 fm2_…` (several comma-separated parts; older `fm1a_`/`fm1r_`)
// and `fo1_` + 43 characters.
import { tokenRule } from './token-rule';

export const flyioToken = tokenRule({
  id: 'flyio-token',
  provider: 'Fly.io',
  description: 'Fly.io access token',
  keywords: ['fm2_', 'fm1a_', 'fm1r_', 'fo1_'],
  pattern: /\b(?:fm2_|fm1[ar]_)[A-Za-z0-9+/=_,-]{100,4000}(?![A-Za-z0-9+/=_,-])|\bfo1_[\w-]{43}(?![\w-])/g,
  envVar: 'FLY_API_TOKEN',
  minEntropy: 4,
  docs: 'https://fly.io/docs/security/tokens/',
  prefixLength: 4,
});

export const flyioRules = [flyioToken];
