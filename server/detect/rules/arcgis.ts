// ArcGIS (Esri) API keys and access tokens: `AAPK` (legacy) or `AAPT` and a long base64url body.
import { tokenRule } from './token-rule';

export const arcgisApiKey = tokenRule({
  id: 'arcgis-api-key',
  provider: 'ArcGIS',
  description: 'ArcGIS API key',
  keywords: ['aapk', 'aapt'],
  pattern: /(?<![\w-])AAP[KT][\w-]{80,200}(?![\w-])/g,
  envVar: 'ARCGIS_API_KEY',
  docs: 'https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/',
  prefixLength: 4,
});

export const arcgisRules = [arcgisApiKey];
