import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'alchemy-api-key': {
    tps: [
      'ALCHEMY_API_KEY=Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV',
      'const alchemyApiKey = "Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV";',
      '{ "alchemyApiKey": "Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV" }',
      'alchemy_api_key: \'Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV\'',
    ],
    fps: [
      'ALCHEMY_API_KEY=${ALCHEMY_API_KEY}',
      'ALCHEMY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ALCHEMY_API_KEY=Zu2JfdmqwvLxCmh0',
      'ALCHEMY_ACCOUNT_ID=Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV',
      'ALCHEMY_API_KEY_ID=Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV',
      'const requestId = "Zu2JfdmqwvLxCmh0yT7Y70RNka8yBzWV";',
    ],
  },
};
