// Storyblok access tokens: 22-26 alphanumerics with no prefix, so only under a Storyblok name.
import { namedRule } from './named-rule';

export const storyblokAccessToken = namedRule({
  id: 'storyblok-access-token',
  provider: 'Storyblok',
  description: 'Storyblok access token',
  keywords: ['storyblok'],
  name: 'storyblok',
  kind: 'token|key',
  value: '[A-Za-z0-9]{22,26}',
  envVar: 'STORYBLOK_TOKEN',
  docs: 'https://www.storyblok.com/docs/api/management/getting-started/authentication',
});

export const storyblokRules = [storyblokAccessToken];
