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
};
