// Drone CI tokens: 32 alphanumerics with no prefix, so only under a Drone name.
import { namedRule } from './named-rule';

export const droneToken = namedRule({
  id: 'drone-token',
  provider: 'Drone',
  description: 'Drone CI token',
  keywords: ['drone'],
  name: 'drone',
  value: '[A-Za-z0-9]{32}',
  envVar: 'DRONE_TOKEN',
  docs: 'https://docs.drone.io/cli/setup/',
});

export const droneRules = [droneToken];
