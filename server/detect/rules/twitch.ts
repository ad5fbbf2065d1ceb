// Twitch client secrets and OAuth tokens: 30 lowercase alphanumerics, no prefix, so only under a Twitch name;
// chat (IRC) logins write the token as `oauth:` + the same 30 characters.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const twitchApiToken = namedRule({
  id: 'twitch-api-token',
  provider: 'Twitch',
  description: 'Twitch client secret or OAuth token',
  keywords: ['twitch'],
  name: 'twitch',
  kind: 'key|token|secret|oauth|password',
  value: '[a-z0-9]{30}',
  envVar: 'TWITCH_CLIENT_SECRET',
  docs: 'https://dev.twitch.tv/docs/authentication/register-app/',
});

export const twitchChatOauthToken = tokenRule({
  id: 'twitch-chat-oauth-token',
  provider: 'Twitch',
  description: 'Twitch chat OAuth token',
  keywords: ['oauth:'],
  pattern: /(?<![\w-])oauth:[a-z0-9]{30}(?![\w-])/g,
  envVar: 'TWITCH_OAUTH_TOKEN',
  confidence: 'medium',
  docs: 'https://dev.twitch.tv/docs/irc/authenticate-bot/',
  prefixLength: 6,
  check: (secret) => (/[0-9]/.test(secret) && /[a-z]/.test(secret) ? {} : false),
});

export const twitchRules = [twitchApiToken, twitchChatOauthToken];
