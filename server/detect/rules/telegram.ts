import { defineRule } from '../rule';
import { isPlaceholder } from '../placeholder';

// <bot id>:<35-character secret>. The shape alone is too plain (`12345678:` prefixes appear in logs and
// data), so it counts in an api.telegram.org URL or when a telegram/bot name precedes it on its line.
const CONTEXT = /telegra|\bbot(?![a-z])|bot_?token/i;

export const telegramBotToken = defineRule({
  id: 'telegram-bot-token',
  provider: 'Telegram',
  description: 'Telegram bot token',
  // `bot` alone is in every `both`/`bottom`; these cover TELEGRAM_*, Telegraf, BOT_TOKEN and api URLs.
  keywords: ['telegra', 'bot_token', 'bottoken', 'bot-token', '/bot'],
  pattern: /(?:(?<=\/bot)|(?<![\w:-]))[0-9]{8,10}:[A-Za-z0-9_-]{35}(?![\w-])/g,
  envVar: 'TELEGRAM_BOT_TOKEN',
  reach: 128, // the 120 characters before it on its line
  validate: (secret, m, ctx) => {
    const lineStart = ctx.text.lastIndexOf('\n', m.index) + 1;
    const before = ctx.text.slice(Math.max(lineStart, m.index - 120), m.index);
    if (!CONTEXT.test(before)) return false;
    return isPlaceholder(secret.slice(secret.indexOf(':') + 1)) ? false : {};
  },
  docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
});

export const telegramRules = [telegramBotToken];
