// Mailjet API keys and secret keys: 32 hex with no prefix, so only under a Mailjet name.
import { namedRule } from './named-rule';

export const mailjetApiKey = namedRule({
  id: 'mailjet-api-key',
  provider: 'Mailjet',
  description: 'Mailjet API key',
  keywords: ['mailjet'],
  name: 'mailjet|mj[_.-]?apikey',
  value: '[a-f0-9]{32}',
  envVar: 'MAILJET_API_SECRET',
  docs: 'https://dev.mailjet.com/email/guides/#authentication',
});

export const mailjetRules = [mailjetApiKey];
