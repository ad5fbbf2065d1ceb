import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'AIzaSyBwq2zOWc7VehoHqOt1D8cG3ea_mLp7zIl';
const KEY2 = 'AIzaSyDqquc-8i7Aq1-XzipGtDTJaWMdMh8QNrT';
const CLIENT_SECRET = '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';

export const samples: RuleSamples = {
  'google-api-key': {
    tps: [
      ...snippets(KEY, 'GOOGLE_API_KEY', 'apiKey'),
      `const firebaseConfig = { apiKey: "${KEY2}", authDomain: "acme-prod.firebaseapp.com" };`,
      `<meta-data android:name="com.google.android.geo.API_KEY" android:value="${KEY2}"/>`,
    ],
    fps: [
      ...placeholders('AIza', 'GOOGLE_API_KEY', 35),
      `GOOGLE_API_KEY=${KEY.slice(0, 30)}`,
      `const k = "${KEY}abc";`,
      'GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  },
  'google-oauth-client-secret': {
    tps: [
      ...snippets(CLIENT_SECRET, 'GOOGLE_CLIENT_SECRET', 'client_secret'),
      `{"web":{"client_id":"1084735201-q8w3e5r7t9y1u3i5o7p9.apps.googleusercontent.com","client_secret":"${CLIENT_SECRET}"}}`,
    ],
    fps: [...placeholders('GOCSPX-', 'GOOGLE_CLIENT_SECRET', 28), `GOOGLE_CLIENT_SECRET=${CLIENT_SECRET.slice(0, 20)}`],
  },
  'google-oauth-access-token': {
    tps: [
      'GOOGLE_ACCESS_TOKEN=ya29.a0AeXRPpd7mYwEAZjXCX0w9s-XwdYaOlJ2P0H16WSLDd3qczXKAAGBYCwRuMLct_TwdajCcO0CDGPrXV4MEGK31W49kVJWR45ES0u-1GIo4A7SNZWm0mHuoBa_BOmcr5TbKw1rXBE',
      'headers = {"Authorization": "Bearer ya29.a0AeXRPpd7mYwEAZjXCX0w9s-XwdYaOlJ2P0H16WSLDd3qczXKAAGBYCwRuMLct_TwdajCcO0CDGPrXV4MEGK31W49kVJWR45ES0u-1GIo4A7SNZWm0mHuoBa_BOmcr5TbKw1rXBE"}',
      'const creds = { access_token: "ya29.a0AeXRPpd7mYwEAZjXCX0w9s-XwdYaOlJ2P0H16WSLDd3qczXKAAGBYCwRuMLct_TwdajCcO0CDGPrXV4MEGK31W49kVJWR45ES0u-1GIo4A7SNZWm0mHuoBa_BOmcr5TbKw1rXBE", expires_in: 3599 };',
    ],
    fps: [
      'GOOGLE_ACCESS_TOKEN=ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_ACCESS_TOKEN=ya29.your-access-token-here',
      'token = "ya29.a0AeXRPpd7mY"  # truncated in the log',
      'const prefix = "ya29.";',
    ],
  },
  'google-oauth-refresh-token': {
    tps: [
      'GOOGLE_REFRESH_TOKEN=1//0gLDiV6NNnl7hi9ekdC26sflkdxBwHi4MCVkuYZj_f5vr4JtZ5l2LzGvbBSODm90UTX01HmvWcDC7Jr0EHM2UhrJScqTj',
      '{ "refresh_token": "1//0gLDiV6NNnl7hi9ekdC26sflkdxBwHi4MCVkuYZj_f5vr4JtZ5l2LzGvbBSODm90UTX01HmvWcDC7Jr0EHM2UhrJScqTj", "token_type": "Bearer" }',
    ],
    fps: ['GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GOOGLE_REFRESH_TOKEN=1//0gShort', 'const url = "http://10.1//0";'],
  },
};
