import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'launchdarkly-key': {
    tps: [
      'LAUNCHDARKLY_SDK_KEY=sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401',
      'const launchdarklySdkKey = "sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401";',
      '{ "launchdarklySdkKey": "sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401" }',
      'launchdarkly_sdk_key: \'sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401\'',
    ],
    fps: [
      'LAUNCHDARKLY_SDK_KEY=${LAUNCHDARKLY_SDK_KEY}',
      'LAUNCHDARKLY_SDK_KEY=xxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'LAUNCHDARKLY_SDK_KEY=sdk-c50ad2eb-6ae3-4a',
      'LAUNCHDARKLY_ACCOUNT_ID=sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401',
      'LAUNCHDARKLY_SDK_KEY_ID=sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401',
      'const requestId = "sdk-c50ad2eb-6ae3-4a16-a457-5bdb4bcaf401";',
    ],
  },
};
