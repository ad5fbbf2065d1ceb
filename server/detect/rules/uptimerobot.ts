// UptimeRobot API keys: `u`, `m` or `ur`, the account number, `-` and 24 hex; under an UptimeRobot name.
import { namedRule } from './named-rule';

export const uptimerobotApiKey = namedRule({
  id: 'uptimerobot-api-key',
  provider: 'UptimeRobot',
  description: 'UptimeRobot API key',
  keywords: ['uptimerobot', 'uptime_robot'],
  name: 'uptime[_.-]?robot',
  value: '(?:u|m|ur)[0-9]{6,9}-[a-f0-9]{24}',
  envVar: 'UPTIMEROBOT_API_KEY',
  docs: 'https://uptimerobot.com/api/',
});

export const uptimerobotRules = [uptimerobotApiKey];
