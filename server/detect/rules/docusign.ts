// DocuSign integration secret keys are UUIDs, so they count only under a DocuSign name.
import { namedRule } from './named-rule';

export const docusignSecretKey = namedRule({
  id: 'docusign-secret-key',
  provider: 'DocuSign',
  description: 'DocuSign secret key',
  keywords: ['docusign'],
  name: 'docusign',
  kind: 'secret',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'DOCUSIGN_SECRET_KEY',
  docs: 'https://developers.docusign.com/platform/configure-app/#secret-key',
});

export const docusignRules = [docusignSecretKey];
