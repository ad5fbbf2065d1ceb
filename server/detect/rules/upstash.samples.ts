import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'upstash-rest-token': {
    tps: [
      'UPSTASH_REDIS_REST_TOKEN=NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=',
      'const upstashRedisRestToken = "NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=";',
      '{ "upstashRedisRestToken": "NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=" }',
      'upstash_redis_rest_token: \'NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=\'',
    ],
    fps: [
      'UPSTASH_REDIS_REST_TOKEN=${UPSTASH_REDIS_REST_TOKEN}',
      'UPSTASH_REDIS_REST_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx__xxxxxxxxxxxxxxxxx-xxxxx_xxxxxxx=',
      'UPSTASH_REDIS_REST_TOKEN=NYn8K5bN9n40nZeKcvCrakk5FugJt78_',
      'UPSTASH_ACCOUNT_ID=NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=',
      'UPSTASH_REDIS_REST_TOKEN_ID=NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=',
      'const requestId = "NYn8K5bN9n40nZeKcvCrakk5FugJt78__EyDQseYlijVXDuH7j-5uVmm_koOBcYl=";',
    ],
  },
};
