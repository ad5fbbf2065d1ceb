// Zoom OAuth client secrets: 32 alphanumerics with no prefix, so only under a Zoom name.
import { namedRule } from './named-rule';

export const zoomClientSecret = namedRule({
  id: 'zoom-client-secret',
  provider: 'Zoom',
  description: 'Zoom client secret',
  keywords: ['zoom'],
  name: 'zoom',
  kind: 'secret',
  value: '[A-Za-z0-9]{32}',
  envVar: 'ZOOM_CLIENT_SECRET',
  docs: 'https://developers.zoom.us/docs/integrations/oauth/',
});

export const zoomRules = [zoomClientSecret];
