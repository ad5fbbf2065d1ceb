// ngrok authtokens: about 48 characters split by `_`, no prefix, so only under an ngrok name.
import { namedRule } from './named-rule';

export const ngrokAuthtoken = namedRule({
  id: 'ngrok-authtoken',
  provider: 'ngrok',
  description: 'ngrok authtoken',
  keywords: ['ngrok'],
  name: 'ngrok',
  kind: 'authtoken|token|key',
  value: '[0-9][A-Za-z0-9]{20,30}_[A-Za-z0-9]{15,25}',
  envVar: 'NGROK_AUTHTOKEN',
  docs: 'https://ngrok.com/docs/agent/#authtokens',
});

export const ngrokRules = [ngrokAuthtoken];
