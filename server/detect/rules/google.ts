// Google API keys (Maps, Firebase, Gemini…): `AIza` then 35 base64url characters; OAuth client secrets
// (`GOCSPX-` then 28).
import { placeholders, snippets, tokenRule } from './token-rule';

const KEY = 'AIzaSyBwq2zOWc7VehoHqOt1D8cG3ea_mLp7zIl';
const KEY2 = 'AIzaSyDqquc-8i7Aq1-XzipGtDTJaWMdMh8QNrT';

export const googleApiKey = tokenRule({
  id: 'google-api-key',
  provider: 'Google',
  description: 'Google API key',
  keywords: ['aiza'],
  pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/g,
  envVar: 'GOOGLE_API_KEY',
  docs: 'https://cloud.google.com/docs/authentication/api-keys',
  prefixLength: 4,
  samples: {
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
});

const CLIENT_SECRET = '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';

export const googleOauthClientSecret = tokenRule({
  id: 'google-oauth-client-secret',
  provider: 'Google',
  description: 'Google OAuth client secret',
  keywords: ['gocspx-'],
  pattern: /\bGOCSPX-[\w-]{28}(?![\w-])/g,
  envVar: 'GOOGLE_CLIENT_SECRET',
  docs: 'https://developers.google.com/identity/protocols/oauth2',
  prefixLength: 7,
  samples: {
    tps: [
      ...snippets(CLIENT_SECRET, 'GOOGLE_CLIENT_SECRET', 'client_secret'),
      `{"web":{"client_id":"1084735201-q8w3e5r7t9y1u3i5o7p9.apps.googleusercontent.com","client_secret":"${CLIENT_SECRET}"}}`,
    ],
    fps: [...placeholders('GOCSPX-', 'GOOGLE_CLIENT_SECRET', 28), `GOOGLE_CLIENT_SECRET=${CLIENT_SECRET.slice(0, 20)}`],
  },
});

export const googleRules = [googleApiKey, googleOauthClientSecret];
