import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pubnub-secret-key': {
    tps: [
      'PUBNUB_SECRET_KEY=sec-c-K0HuKtioE3zpLThsDVGUWTaWlksLMSaYeCBl5PRWo538YHfM',
      'const pubnubSecretKey = "sec-c-K0HuKtioE3zpLThsDVGUWTaWlksLMSaYeCBl5PRWo538YHfM";',
      '{\n  "pubnub_secret_key": "sec-c-K0HuKtioE3zpLThsDVGUWTaWlksLMSaYeCBl5PRWo538YHfM"\n}',
      'env:\n  PUBNUB_SECRET_KEY: \'sec-c-K0HuKtioE3zpLThsDVGUWTaWlksLMSaYeCBl5PRWo538YHfM\'',
    ],
    fps: [
      'PUBNUB_SECRET_KEY=sec-c-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PUBNUB_SECRET_KEY=sec-c-your_token_here',
      'const pubnubSecretKey = process.env.PUBNUB_SECRET_KEY;',
      'PUBNUB_SECRET_KEY=sec-c-K0HuKtioE3zpLThsDVGUWTaW',
      'PUBNUB_SECRET_KEY=K0HuKtioE3zpLThsDVGUWTaWlksLMSaYeCBl5PRWo538YHfM',
    ],
  },
};
