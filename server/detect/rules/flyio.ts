// Fly.io tokens: macaroons written `FlyV1 fm2_…` (several comma-separated parts; older `fm1a_`/`fm1r_`)
// and `fo1_` + 43 characters.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'FlyV1 fm2_lJPEykiULjawj4imHgM5pw/uISk1Ka3ClVcbISIfy7Yys06uSxc3lC6sHxOnUNxQ2cVO1flwPLcmve3mRdBOLHNqB2QlM8VcvBAvMMi4ewSrhpWIZ0eTiN1vcGZrhlLQ+hk//CMGw8LE8kRDHwsByFNDhlnfJ3MXxUcW21sO/X1gDsNz23lNUJUmO+ct5pexqYGsXiNSqaXi,fm2_lJPET2+jJQQ/bxHQG0Uuup5sMBHYyRpaxp1cMDu3CWVuuYqqwH8kF1X21YRU6R7LP67qf5aoHjN1zvWnMXN5';

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
  samples: {
    tps: [...snippets(TOKEN, 'FLY_API_TOKEN'), 'FLY_API_TOKEN=fo1_r8J7Ui3O108Lpfc4jMJu0a758cwgYIaOhmYsf5H2d4o'],
    fps: [...placeholders('FlyV1 fm2_', 'FLY_API_TOKEN', 120), 'FLY_API_TOKEN="FlyV1 fm2_lJPE..."'],
  },
});

export const flyioRules = [flyioToken];
