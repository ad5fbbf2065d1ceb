// Dropbox Sign (HelloSign) API keys: 64 hex with no prefix, so only under a HelloSign or Dropbox Sign name.
import { namedRule } from './named-rule';

export const dropboxSignApiKey = namedRule({
  id: 'dropbox-sign-api-key',
  provider: 'Dropbox Sign',
  description: 'Dropbox Sign API key',
  keywords: ['hellosign', 'dropbox'],
  name: 'hellosign|dropbox[_.-]?sign',
  value: '[a-f0-9]{64}',
  envVar: 'HELLOSIGN_API_KEY',
  docs: 'https://developers.hellosign.com/api/reference/authentication/',
});

export const dropboxSignRules = [dropboxSignApiKey];
