import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'sumologic-access-key': {
    tps: [
      'SUMO_ACCESS_KEY=0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc',
      'const sumoAccessKey = "0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc";',
      '{ "sumoAccessKey": "0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc" }',
      'sumo_access_key: \'0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc\'',
    ],
    fps: [
      'SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY}',
      'SUMO_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SUMO_ACCESS_KEY=0s1TphuhDWS3R4823eoPj3a1IqC7WtqH',
      'SUMO_ACCOUNT_ID=0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc',
      'SUMO_ACCESS_KEY_ID=0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc',
      'const requestId = "0s1TphuhDWS3R4823eoPj3a1IqC7WtqH386uDCgOBwBtETww1eRJl6LDR3LdNqdc";',
    ],
  },
  'sumologic-http-source': {
    tps: [
      'SUMO_HTTP_SOURCE_URL=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/7VBdav0Ju42ApJ57i6l77pj0hsO0he2qVLqdTi-s55W35NESQ7AAGhPoaUvflRM9YptVo5kYPVnSKxs9qx4gRb6Dqt==',
      'const sumoHttpSourceUrl = "https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/7VBdav0Ju42ApJ57i6l77pj0hsO0he2qVLqdTi-s55W35NESQ7AAGhPoaUvflRM9YptVo5kYPVnSKxs9qx4gRb6Dqt==";',
      '{\n  "sumo_http_source_url": "https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/7VBdav0Ju42ApJ57i6l77pj0hsO0he2qVLqdTi-s55W35NESQ7AAGhPoaUvflRM9YptVo5kYPVnSKxs9qx4gRb6Dqt=="\n}',
      'env:\n  SUMO_HTTP_SOURCE_URL: \'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/7VBdav0Ju42ApJ57i6l77pj0hsO0he2qVLqdTi-s55W35NESQ7AAGhPoaUvflRM9YptVo5kYPVnSKxs9qx4gRb6Dqt==\'',
    ],
    fps: [
      'SUMO_HTTP_SOURCE_URL=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SUMO_HTTP_SOURCE_URL=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/your_token_here',
      'const sumoHttpSourceUrl = process.env.SUMO_HTTP_SOURCE_URL;',
      'SUMO_HTTP_SOURCE_URL=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/7VBdav0Ju42ApJ57i6l77pj0hsO0he2',
      'SUMO_HTTP_SOURCE_URL=7VBdav0Ju42ApJ57i6l77pj0hsO0he2qVLqdTi-s55W35NESQ7AAGhPoaUvflRM9YptVo5kYPVnSKxs9qx4gRb6Dqt==',
    ],
  },
};
