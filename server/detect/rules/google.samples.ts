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
};
