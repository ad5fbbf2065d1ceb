import { defineRule } from '../rule';
import { decodeJsonSegment } from './support/decode';

/** The token's middle segment is JSON naming the Mapbox user (`u`). */
const namesAUser = (secret: string) => (typeof decodeJsonSegment(secret.split('.')[1]!)?.u === 'string' ? {} : false);

// Mapbox secret tokens are `sk.` + base64url JSON naming the user + `.` + a signature; temporary tokens (`tk.`,
// an hour at most) have the same layout; `pk.` tokens are public by design (they ship in web pages) and are not
// reported. https://docs.mapbox.com/accounts/guides/tokens/
export const mapboxSecretToken = defineRule({
  id: 'mapbox-secret-token',
  provider: 'Mapbox',
  description: 'Mapbox secret access token',
  keywords: ['sk.eyj'],
  anchored: true,
  pattern: /(?<![\w.-])sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}(?![\w.-])/g,
  envVar: 'MAPBOX_SECRET_TOKEN',
  validate: namesAUser,
  docs: 'https://docs.mapbox.com/accounts/guides/tokens/',
});

export const mapboxTemporaryToken = defineRule({
  id: 'mapbox-temporary-token',
  provider: 'Mapbox',
  description: 'Mapbox temporary access token',
  keywords: ['tk.eyj'],
  anchored: true,
  pattern: /(?<![\w.-])tk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40}(?![\w.-])/g,
  envVar: 'MAPBOX_ACCESS_TOKEN',
  severity: 'warning',
  validate: namesAUser,
  docs: 'https://docs.mapbox.com/api/accounts/tokens/#create-a-temporary-token',
});

export const mapboxRules = [mapboxSecretToken, mapboxTemporaryToken];
