import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'telegram-bot-token': {
    tps: [
      'TELEGRAM_BOT_TOKEN=6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ',
      "const bot = new Telegraf('6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ');",
      'curl https://api.telegram.org/bot6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ/getMe',
    ],
    fps: [
      'TELEGRAM_BOT_TOKEN=123456789:your-telegram-bot-token-here-xxxxx',
      'TELEGRAM_BOT_TOKEN=6592596883:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '# telegram\nid = "6592596883:AAu_Em0rk3-SX4jRK9S3gKyHdtj1ssTvqAJ"',
      'TELEGRAM_BOT_TOKEN=6592596883:AAu_Em0rk3',
    ],
  },
};
