// Pusher Channels app secrets: 20 hex with no prefix, so only under a Pusher name (the app key is public).
import { namedRule } from './named-rule';

export const pusherAppSecret = namedRule({
  id: 'pusher-app-secret',
  provider: 'Pusher',
  description: 'Pusher app secret',
  keywords: ['pusher'],
  name: 'pusher',
  kind: 'secret',
  value: '[a-f0-9]{20}',
  envVar: 'PUSHER_APP_SECRET',
  docs: 'https://pusher.com/docs/channels/server_api/authenticating-users/',
});

export const pusherRules = [pusherAppSecret];
