import { defineRule } from '../rule';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

export const facebookAccessToken = defineRule({
  id: 'facebook-access-token',
  provider: 'Meta (Facebook)',
  description: 'Meta (Facebook) Graph API access token',
  keywords: ['eaa'],
  anchored: true,
  // User, page and app tokens start EAA + a letter other than A (EAAA is Square's), then 100+ alphanumerics.
  pattern: /(?<![\w-])EAA[B-Z][A-Za-z0-9]{100,400}(?![\w+/=-])/g,
  envVar: 'FACEBOOK_ACCESS_TOKEN',
  validate: (secret) => (charClasses(secret) < 3 ? false : unlessPlaceholder(4)(secret)),
  docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
});

export const facebookRules = [facebookAccessToken];
