import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

// Intercom access tokens are ~60 base64 characters with no prefix of their own: counted under an Intercom name.
export const intercomAccessToken = defineRule({
  id: 'intercom-access-token',
  provider: 'Intercom',
  description: 'Intercom access token',
  keywords: ['intercom'],
  anchored: true,
  pattern: new RegExp(assigned('intercom', '[A-Za-z0-9+/_-]{56,70}={0,2}'), 'gi'),
  envVar: 'INTERCOM_ACCESS_TOKEN',
  minEntropy: 4,
  validate: (secret) => (charClasses(secret) < 3 ? false : unlessPlaceholder()(secret)),
  docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
});

export const intercomRules = [intercomAccessToken];
