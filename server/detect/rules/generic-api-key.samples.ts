import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'generic-api-key': {
    tps: [
      'const weatherApiKey = "9f4k2Lq8Zr7mW3xP5tV1bN6c";',
      'API_KEY=Qm7Zr2kL9pX4wT8vB3nC6hJd',
      '{"api_key": "b7e4c1f9a2d8e6b3c5f0a7d9e2b4c6f8"}',
      'curl -H "X-Api-Key: Lm9Zq2Rk7Wp4Xt8Vb3Nc6HdJ" https://api.example.org',
      'headers = {"apikey": "k2Lq8Zr7mW3xP5tV1bN6c9f4"}',
      'search:\n  app_key: "Pz8Rq3Lk7Xm2Wt9Vb4Nc6HdJ"\n',
    ],
    fps: [
      'const apiKey = process.env.API_KEY;',
      'api_key = os.getenv("API_KEY")',
      'API_KEY=your-api-key-here',
      'apiKey: "<YOUR_API_KEY>"',
      'api_key_header = "X-Api-Key"',
      'const apiKey = req.headers["x-api-key"];',
      'access_key_id = "AKIA_NOT_A_SECRET_ID"',
      'api_key: xxxxxxxxxxxxxxxxxxxxxxxx',
      'apiKey = "REPLACE_WITH_YOUR_KEY"',
      'API_KEY=${API_KEY}',
    ],
  },
};
