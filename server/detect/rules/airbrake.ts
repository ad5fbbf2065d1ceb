// Airbrake project and user keys: 32 hex with no prefix, so only under an Airbrake name.
import { namedRule } from './named-rule';

export const airbrakeKey = namedRule({
  id: 'airbrake-key',
  provider: 'Airbrake',
  description: 'Airbrake key',
  keywords: ['airbrake'],
  name: 'airbrake',
  value: '[a-f0-9]{32}',
  envVar: 'AIRBRAKE_PROJECT_KEY',
  docs: 'https://docs.airbrake.io/docs/devops-tools/api/#authentication',
});

export const airbrakeRules = [airbrakeKey];
