// Google API keys (Maps, Firebase, Gemini…): `AIza` then 35 base64url characters.
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

export const googleRules = [googleApiKey];
