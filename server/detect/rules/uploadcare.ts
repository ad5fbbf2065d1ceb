// Uploadcare secret keys: 20 hex with no prefix, so only under an Uploadcare name.
import { namedRule } from './named-rule';

export const uploadcareSecretKey = namedRule({
  id: 'uploadcare-secret-key',
  provider: 'Uploadcare',
  description: 'Uploadcare secret key',
  keywords: ['uploadcare'],
  name: 'uploadcare',
  kind: 'secret',
  value: '[a-f0-9]{20}',
  envVar: 'UPLOADCARE_SECRET_KEY',
  docs: 'https://uploadcare.com/docs/start/settings/#keys',
});

export const uploadcareRules = [uploadcareSecretKey];
