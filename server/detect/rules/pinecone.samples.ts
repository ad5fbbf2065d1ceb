import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'pinecone-api-key': {
    tps: [
      'PINECONE_API_KEY=pcsk_X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwHy0oGAPIeLqU41JTz0W5CyQx08J6srNIWpT0fxR6',
      'const pineconeApiKey = "pcsk_X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwHy0oGAPIeLqU41JTz0W5CyQx08J6srNIWpT0fxR6";',
      '{\n  "pinecone_api_key": "pcsk_X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwHy0oGAPIeLqU41JTz0W5CyQx08J6srNIWpT0fxR6"\n}',
      'env:\n  PINECONE_API_KEY: \'pcsk_X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwHy0oGAPIeLqU41JTz0W5CyQx08J6srNIWpT0fxR6\'',
    ],
    fps: [
      'PINECONE_API_KEY=pcsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PINECONE_API_KEY=pcsk_your_token_here',
      'const pineconeApiKey = process.env.PINECONE_API_KEY;',
      'PINECONE_API_KEY=pcsk_X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwH',
      'PINECONE_API_KEY=X8ByCX_UtCVNwKwDWvbOqtva8nEFYuvwHy0oGAPIeLqU41JTz0W5CyQx08J6srNIWpT0fxR6',
    ],
  },
};
