import { defineRule } from '../rule';
import { namedRule } from './named-rule';
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

// App secrets: 32 hex, no prefix, so only under a Facebook or Meta app name.
export const facebookAppSecret = namedRule({
  id: 'facebook-app-secret',
  provider: 'Meta (Facebook)',
  description: 'Meta (Facebook) app secret',
  keywords: ['facebook', 'fb_', 'fb-', 'fbapp', 'meta_app', 'metaapp'],
  name: 'facebook|fb|meta[_.-]?app',
  kind: 'secret',
  value: '[a-f0-9]{32}',
  envVar: 'FACEBOOK_APP_SECRET',
  docs: 'https://developers.facebook.com/docs/facebook-login/security/#appsecret',
});

export const facebookRules = [facebookAccessToken, facebookAppSecret];
