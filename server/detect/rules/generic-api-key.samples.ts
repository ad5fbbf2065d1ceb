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
      'WEATHER_API_KEY=c1d6e9f2-4a8b-4f3c-b7e5-9d2a6c8f1b3e',
      '<add key="WeatherApiKey" value="42d8deaa-836f-4c63-a118-70305b591459" />',
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
      'api_key_id = "7c2e9a4f-1b8d-4e3c-a5f6-9d2b7e1c4a8f"',
      'FEATURE_FLAGS_PROJECT_ID=5a3c9e1b-7d2f-4b8a-9c6e-1f4d7a2b8e5c',
    ],
  },
};
