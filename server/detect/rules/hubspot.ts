// HubSpot private app access tokens: `pat-`, the data-centre region (`na1`, `eu1`…), `-` and a UUID.
import { tokenRule } from './token-rule';

export const hubspotPrivateAppToken = tokenRule({
  id: 'hubspot-private-app-token',
  provider: 'HubSpot',
  description: 'HubSpot private app token',
  keywords: ['pat-'],
  pattern: /(?<![\w-])pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/g,
  envVar: 'HUBSPOT_ACCESS_TOKEN',
  docs: 'https://developers.hubspot.com/docs/api/private-apps',
  prefixLength: 8,
});

export const hubspotRules = [hubspotPrivateAppToken];
