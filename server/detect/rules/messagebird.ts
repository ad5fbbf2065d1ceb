// MessageBird (Bird) access keys: 25 alphanumerics with no prefix, so only under a MessageBird name.
import { namedRule } from './named-rule';

export const messagebirdAccessKey = namedRule({
  id: 'messagebird-access-key',
  provider: 'MessageBird',
  description: 'MessageBird access key',
  keywords: ['messagebird', 'message_bird'],
  name: 'message[_.-]?bird',
  value: '[A-Za-z0-9]{25}',
  envVar: 'MESSAGEBIRD_ACCESS_KEY',
  docs: 'https://developers.messagebird.com/api/#authentication',
});

export const messagebirdRules = [messagebirdAccessKey];
