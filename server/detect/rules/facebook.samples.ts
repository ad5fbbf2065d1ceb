import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'facebook-access-token': {
    tps: [
      'FACEBOOK_ACCESS_TOKEN=EAAGQbSMWVbMPBWYHzSfxLVxt3gpYhDonXhzED4eOxy83fnWs0DfZOKXv9qHFgvEe1gu9FpPefmcJNMXaFXtF9PQERywZyCXGJffzM0y5EdmzvoNoQFUJ0om25O3A88DCzRudmVu65sdt49JrMwzcTrFschkyMcyGoNNC9hjXflFnAao1j3HXdY2',
      "const url = `https://graph.facebook.com/v19.0/me?access_token=EAAGQbSMWVbMPBWYHzSfxLVxt3gpYhDonXhzED4eOxy83fnWs0DfZOKXv9qHFgvEe1gu9FpPefmcJNMXaFXtF9PQERywZyCXGJffzM0y5EdmzvoNoQFUJ0om25O3A88DCzRudmVu65sdt49JrMwzcTrFschkyMcyGoNNC9hjXflFnAao1j3HXdY2`;",
    ],
    fps: [
      'FACEBOOK_ACCESS_TOKEN=EAAG...',
      'FACEBOOK_ACCESS_TOKEN=EAAGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN=EAAALUuzL5l0sFbXQFJ7SzhPOXFYq3CcL88jQVj5avOMH52b1hH8YU36X5AYzw8z',
      'font: url(data:font/woff2;base64,d09GMgABAAAAAEAAEAAGQbSMWVbMPBWYHzSfxLVxt3gpYhDonXhzED4eOxy83fnWs0DfZOKXv9qHFgvEe1gu9FpPefmcJNMXaFXtF9PQERywZyCXGJffzM0y5EdmzvoNo+QFUJ0om25O3A88DCzR/udmVu65)',
    ],
  },
  'facebook-app-secret': {
    tps: ['FACEBOOK_APP_SECRET=61aa0f81ebfc3e192662e81956f52e0a', "define('FB_APP_SECRET', '61aa0f81ebfc3e192662e81956f52e0a');", '{ "fbAppSecret": "61aa0f81ebfc3e192662e81956f52e0a" }'],
    fps: ['FACEBOOK_APP_ID=1234567890123456', 'FACEBOOK_APP_SECRET=00000000000000000000000000000000', 'FACEBOOK_APP_SECRET=${FB_SECRET}', 'const checksum = "61aa0f81ebfc3e192662e81956f52e0a";'],
  },
};
