import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'vultr-api-key': {
    tps: [
      'VULTR_API_KEY=IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN',
      'const vultrApiKey = "IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN";',
      '{ "vultrApiKey": "IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN" }',
      'vultr_api_key: \'IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN\'',
    ],
    fps: [
      'VULTR_API_KEY=${VULTR_API_KEY}',
      'VULTR_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'VULTR_API_KEY=IN01WI2L1XCL6MEI8Z',
      'VULTR_ACCOUNT_ID=IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN',
      'VULTR_API_KEY_ID=IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN',
      'const requestId = "IN01WI2L1XCL6MEI8ZFFJWZEZSQIBBTR8PMN";',
    ],
  },
};
