import { defineRule } from '../rule';
import { decodeJsonSegment } from './support/decode';

// Mapbox secret tokens are `sk.` + base64url JSON naming the user + `.` + a signature; `pk.` tokens are
// public by design (they ship in web pages) and are not reported. https://docs.mapbox.com/accounts/guides/tokens/
export const mapboxSecretToken = defineRule({
  id: 'mapbox-secret-token',
  provider: 'Mapbox',
  description: 'Mapbox secret access token',
  keywords: ['sk.eyj'],
  anchored: true,
  pattern: /(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}(?![\w.-])/g,
  envVar: 'MAPBOX_SECRET_TOKEN',
  validate: (secret) => (typeof decodeJsonSegment(secret.split('.')[1]!)?.u === 'string' ? {} : false),
  docs: 'https://docs.mapbox.com/accounts/guides/tokens/',
});

export const mapboxRules = [mapboxSecretToken];
