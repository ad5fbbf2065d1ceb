// Backblaze B2 application keys: `K`, three digits and 27 base64 characters; counted under a Backblaze or B2 name.
import { namedRule } from './named-rule';

export const backblazeApplicationKey = namedRule({
  id: 'backblaze-application-key',
  provider: 'Backblaze',
  description: 'Backblaze B2 application key',
  keywords: ['backblaze', 'b2_', 'b2-', 'b2app'],
  name: 'backblaze|b2',
  value: 'K[0-9]{3}[A-Za-z0-9+/]{27}',
  envVar: 'B2_APPLICATION_KEY',
  docs: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
});

export const backblazeRules = [backblazeApplicationKey];
