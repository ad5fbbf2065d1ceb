import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'gradle-publish-key': {
    tps: [
      'GRADLE_PUBLISH_SECRET=GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q',
      'const gradlePublishSecret = "GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q";',
      '{ "gradlePublishSecret": "GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q" }',
      'gradle_publish_secret: \'GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q\'',
    ],
    fps: [
      'GRADLE_PUBLISH_SECRET=${GRADLE_PUBLISH_SECRET}',
      'GRADLE_PUBLISH_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GRADLE_PUBLISH_SECRET=GptQS8AHUbs58gQk',
      'GRADLE_ACCOUNT_ID=GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q',
      'GRADLE_PUBLISH_SECRET_ID=GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q',
      'const requestId = "GptQS8AHUbs58gQkauSc5EJ9yt8MDy0Q";',
    ],
  },
};
