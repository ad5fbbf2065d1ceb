import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'api-key-header': {
    tps: [
      'curl -H "X-API-Key: 3b9e7c1a-5d2f-4e8a-9c6b-1f4d7a2e8b5c" https://api.weather.io/v1/now',
      "const http = axios.create({ headers: { 'x-api-key': '8e4c2a7f-1b9d-4f3e-a6c5-2d8b1e9f4a7c' } });",
      'req.Header.Set("X-API-Key", "c7f2a9e41b8d3c6a5e0f9b2d7a4c1e8f")',
      'HEADERS = {"Accept": "application/json", "X-Api-Key": "5f1e8a3c9d2b7e4a6c0f8b1d3e9a2c7f"}',
      'curl --header "PRIVATE-TOKEN: Lq8Zr2Wk7Vm4Tx9Pb3Nc" https://gitlab.acme.io/api/v4/projects',
      'GET /v1/orders HTTP/1.1\nHost: api.acme.io\nX-Auth-Token: 9a7c3e1f-4b2d-4c8e-8f6a-5d1b9e3c7a2f\n',
      "session.headers['Authorization'] = 'Bearer 4e9b2c7a-1f8d-4a3e-b6c5-9d2e7f1a8b4c'",
      'request.Headers.Add("X-Api-Key", "Zq8Lw2Rk7Vm4Tx9Pb3Nc6HdJ");',
    ],
    fps: [
      'curl -H "X-API-Key: <your-api-key>" https://api.weather.io/v1/now',
      'curl -H "X-API-Key: $WEATHER_API_KEY" https://api.weather.io/v1/now',
      'curl -H "X-Request-Id: 3b9e7c1a-5d2f-4e8a-9c6b-1f4d7a2e8b5c" https://api.weather.io/v1/now',
      "headers: { 'x-api-key': process.env.WEATHER_API_KEY }",
      'const API_KEY_HEADER = "X-API-Key";',
      'req.Header.Set("X-API-Key", apiKey)',
      'Authorization: Basic YWRtaW46YWRtaW4=',
      'Authorization: Bearer ${token}',
      "proxy-authorization: Bearer 4e9b2c7a-1f8d-4a3e-b6c5-9d2e7f1a8b4c",
      '"x-api-key": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"',
      'Access-Control-Allow-Headers: Authorization, X-API-Key, Content-Type',
    ],
  },
};
