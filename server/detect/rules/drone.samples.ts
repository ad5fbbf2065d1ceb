import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'drone-token': {
    tps: [
      'DRONE_TOKEN=csUWzjSBa5oxnp3epl3FyDDKKpczI04g',
      'const droneToken = "csUWzjSBa5oxnp3epl3FyDDKKpczI04g";',
      '{ "droneToken": "csUWzjSBa5oxnp3epl3FyDDKKpczI04g" }',
      'drone_token: \'csUWzjSBa5oxnp3epl3FyDDKKpczI04g\'',
    ],
    fps: [
      'DRONE_TOKEN=${DRONE_TOKEN}',
      'DRONE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DRONE_TOKEN=csUWzjSBa5oxnp3e',
      'DRONE_ACCOUNT_ID=csUWzjSBa5oxnp3epl3FyDDKKpczI04g',
      'DRONE_TOKEN_ID=csUWzjSBa5oxnp3epl3FyDDKKpczI04g',
      'const requestId = "csUWzjSBa5oxnp3epl3FyDDKKpczI04g";',
    ],
  },
};
