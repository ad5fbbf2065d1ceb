import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'codeclimate-api-token': {
    tps: [
      'CODECLIMATE_API_TOKEN=49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d',
      'const codeclimateApiToken = "49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d";',
      '{ "codeclimateApiToken": "49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d" }',
      'codeclimate_api_token: \'49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d\'',
    ],
    fps: [
      'CODECLIMATE_API_TOKEN=${CODECLIMATE_API_TOKEN}',
      'CODECLIMATE_API_TOKEN=0000000000000000000000000000000000000000000000000000000000000000',
      'CODECLIMATE_API_TOKEN=49f2e280fa558aa593b50155e6a732fa',
      'CODECLIMATE_ACCOUNT_ID=49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d',
      'CODECLIMATE_API_TOKEN_ID=49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d',
      'const requestId = "49f2e280fa558aa593b50155e6a732fa569f63de513f4f83fdff40e99be10a3d";',
    ],
  },
};
