import { defineRule } from '../rule';
import { charClasses } from './shape';
import { unlessPlaceholder } from '../placeholder';

export const dropboxAccessToken = defineRule({
  id: 'dropbox-access-token',
  provider: 'Dropbox',
  description: 'Dropbox short-lived access token',
  keywords: ['sl.'],
  anchored: true,
  // sl. (or sl.u. / sl.B for newer tokens) + 130+ base64url characters; nothing else that long starts `sl.`.
  pattern: /(?<![\w.-])sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500}(?![\w.-])/g,
  envVar: 'DROPBOX_ACCESS_TOKEN',
  validate: (secret) => (charClasses(secret) < 3 ? false : unlessPlaceholder(3)(secret)),
  docs: 'https://developers.dropbox.com/oauth-guide',
});

export const dropboxRules = [dropboxAccessToken];
