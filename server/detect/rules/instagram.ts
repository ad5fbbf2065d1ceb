// Instagram (Basic Display and Graph) user access tokens: `IGQV` and a long base64url body.
import { tokenRule } from './token-rule';

export const instagramAccessToken = tokenRule({
  id: 'instagram-access-token',
  provider: 'Instagram',
  description: 'Instagram access token',
  keywords: ['igqv'],
  pattern: /(?<![\w-])IGQV[\w-]{100,300}(?![\w-])/g,
  envVar: 'INSTAGRAM_ACCESS_TOKEN',
  docs: 'https://developers.facebook.com/docs/instagram-platform/overview/',
  prefixLength: 4,
});

export const instagramRules = [instagramAccessToken];
