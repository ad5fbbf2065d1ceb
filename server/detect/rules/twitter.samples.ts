import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'twitter-bearer-token': {
    tps: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZ%2BmvBn2AhFnO5Gidt90qQG%3DmoSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk',
      "headers: { Authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZ%2BmvBn2AhFnO5Gidt90qQG%3DmoSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk' }",
    ],
    fps: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAYourBearerTokenHere',
      'X_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F',
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'src="data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAfXjfAAAAAAAAg6GTomQcsZmvBn2AhFnO5Gidt90qQG+moSQfUz9gFFTZtK4HwrpVckFUHJY2DrbYaLdhhH3neYgWVJPmk/aGVsbG8gd29ybGQgdGhpcyBpcyBh"',
    ],
  },
  'twitter-api-secret': {
    tps: ['TWITTER_API_SECRET=z5yligFY3QRfysozNtuY6PzzC8SZKO4HT4gbmsGIOcg6jVVCWV', 'twitter_access_token_secret = "c20ZOq5U6H4uyDnOO5hzZ5yyZKheAMtEU8VPrH2ZRKBa0"', 'const twitterConsumerSecret = "z5yligFY3QRfysozNtuY6PzzC8SZKO4HT4gbmsGIOcg6jVVCWV";'],
    fps: ['TWITTER_API_KEY_ID=z5yligFY3QRfysozNtuY6PzzC8SZKO4HT4gbmsGIOcg6jVVCWV', 'TWITTER_API_SECRET=${TWITTER_API_SECRET}', 'TWITTER_API_SECRET=z5yligFY3QRfysozNtuY6PzzC8SZKO', 'const hash = "z5yligFY3QRfysozNtuY6PzzC8SZKO4HT4gbmsGIOcg6jVVCWV";'],
  },
};
