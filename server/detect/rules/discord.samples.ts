import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'discord-bot-token': {
    tps: [
      "// discord.js\nclient.login('MTE5MDU1MTM2ODIyMjM5NjI1OA.GkL0aB.JcozWC-6fyGtrlho8QAy9jTZegJcsD8_56YlsO');",
      'DISCORD_BOT_TOKEN=MTE5MDU1MTM2ODIyMjM5NjI1OA.GkL0aB.JcozWC-6fyGtrlho8QAy9jTZegJcsD8_56YlsO',
    ],
    fps: [
      'DISCORD_BOT_TOKEN=your-discord-bot-token',
      "DISCORD_BOT_TOKEN='MwXWfGvk4SKutbhowISiGUmbZH.TKVM4G.JcozWC-6fyGtrlho8QAy9jTZegJcsD8_56YlsO'",
      'DISCORD_BOT_TOKEN=MTE5MDU1MTM2ODIyMjM5NjI1OA.GkL0aB.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'discord-webhook': {
    tps: [
      'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/1190551368222396258/GAeyJ0--5zLCYVJlclR790XV86V0leSFurpvWcdVrDY8pRh55QeBqMi2UAhonFEAVLXQ',
      "axios.post('https://discordapp.com/api/webhooks/1190551368222396258/GAeyJ0--5zLCYVJlclR790XV86V0leSFurpvWcdVrDY8pRh55QeBqMi2UAhonFEAVLXQ', body)",
    ],
    fps: [
      'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
      'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/123456789012345678/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'discord-client-secret': {
    tps: ['DISCORD_CLIENT_SECRET=cFKTnZZA33LkWKs-ZeqKUCkgyFZ4qTYw', 'discord:\n  client_secret: x\ndiscord_client_secret: "cFKTnZZA33LkWKs-ZeqKUCkgyFZ4qTYw"', 'const discordSecret = "cFKTnZZA33LkWKs-ZeqKUCkgyFZ4qTYw";'],
    fps: ['DISCORD_CLIENT_ID=112233445566778899', 'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}', 'DISCORD_CLIENT_SECRET=discord_client_secret_for_dev_bot', 'const nonce = "cFKTnZZA33LkWKs-ZeqKUCkgyFZ4qTYw";'],
  },
};
