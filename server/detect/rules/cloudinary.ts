// Cloudinary URLs: `cloudinary://<api key>:<api secret>@<cloud name>` carries the secret.
import { tokenRule } from './token-rule';

export const cloudinaryUrl = tokenRule({
  id: 'cloudinary-url',
  provider: 'Cloudinary',
  description: 'Cloudinary URL with API secret',
  keywords: ['cloudinary://'],
  pattern: /(?<![\w-])cloudinary:\/\/[0-9]{15}:[\w-]{27}@[a-z]{8}(?![\w-])/g,
  envVar: 'CLOUDINARY_URL',
  docs: 'https://cloudinary.com/documentation/developer_onboarding_faq_find_credentials',
  prefixLength: 13,
});

export const cloudinaryRules = [cloudinaryUrl];
