import { defineRule } from '../rule';
import { namedRule } from './named-rule';
import { decodeBase64Text } from './support/decode';
import { isPlaceholder } from '../placeholder';

// Discord bot tokens are <base64 of the bot's user id>.<timestamp>.<hmac>; the first part decoding to a
// snowflake (17–20 digits) is what separates a token from any dotted base64. https://discord.com/developers/docs/reference#authentication

export const discordBotToken = defineRule({
  id: 'discord-bot-token',
  provider: 'Discord',
  description: 'Discord bot token',
  keywords: ['discord'],
  pattern: /(?<![\w.-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![\w.-])/g,
  envVar: 'DISCORD_BOT_TOKEN',
  validate: (secret) => {
    const [id, , hmac] = secret.split('.');
    if (!/^[0-9]{17,20}$/.test(decodeBase64Text(id!))) return false;
    return isPlaceholder(hmac!) ? false : {};
  },
  docs: 'https://discord.com/developers/docs/reference#authentication',
});

export const discordWebhook = defineRule({
  id: 'discord-webhook',
  provider: 'Discord',
  description: 'Discord webhook URL',
  keywords: ['/api/webhooks/'],
  pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68}(?![\w-])/g,
  envVar: 'DISCORD_WEBHOOK_URL',
  validate: (secret) => (isPlaceholder(secret.slice(secret.lastIndexOf('/') + 1)) ? false : {}),
  docs: 'https://discord.com/developers/docs/resources/webhook',
});

// OAuth2 client secrets: 32 base64url characters, no prefix, so only under a Discord name.
export const discordClientSecret = namedRule({
  id: 'discord-client-secret',
  provider: 'Discord',
  description: 'Discord client secret',
  keywords: ['discord'],
  name: 'discord',
  kind: 'secret',
  value: '[\\w-]{32}',
  classes: 3,
  envVar: 'DISCORD_CLIENT_SECRET',
  docs: 'https://discord.com/developers/docs/topics/oauth2',
});

export const discordRules = [discordBotToken, discordWebhook, discordClientSecret];
