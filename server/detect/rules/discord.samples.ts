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
};
