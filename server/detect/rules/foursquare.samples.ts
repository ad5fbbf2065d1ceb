import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'foursquare-api-key': {
    tps: [
      'FOURSQUARE_API_KEY=fsq3kmU6KLaBsAu60tiFH1j+4NK6XxuouaUd0PqAlcL3hEp7',
      'const foursquareApiKey = "fsq3kmU6KLaBsAu60tiFH1j+4NK6XxuouaUd0PqAlcL3hEp7";',
      '{\n  "foursquare_api_key": "fsq3kmU6KLaBsAu60tiFH1j+4NK6XxuouaUd0PqAlcL3hEp7"\n}',
      'env:\n  FOURSQUARE_API_KEY: \'fsq3kmU6KLaBsAu60tiFH1j+4NK6XxuouaUd0PqAlcL3hEp7\'',
    ],
    fps: [
      'FOURSQUARE_API_KEY=fsq3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FOURSQUARE_API_KEY=fsq3your_token_here',
      'const foursquareApiKey = process.env.FOURSQUARE_API_KEY;',
      'FOURSQUARE_API_KEY=fsq3kmU6KLaBsAu60tiFH1j+4N',
      'FOURSQUARE_API_KEY=kmU6KLaBsAu60tiFH1j+4NK6XxuouaUd0PqAlcL3hEp7',
    ],
  },
};
