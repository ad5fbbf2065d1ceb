import { defineRule } from '../rule';
import { assigned } from './assigned';
import { unlessPlaceholder } from '../placeholder';

// Postmark server and account tokens are bare UUIDs, so they count only under a Postmark name (or header).
export const postmarkServerToken = defineRule({
  id: 'postmark-server-token',
  provider: 'Postmark',
  description: 'Postmark server or account API token',
  keywords: ['postmark'],
  anchored: true,
  pattern: new RegExp(assigned('postmark', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'), 'gi'),
  envVar: 'POSTMARK_SERVER_TOKEN',
  validate: unlessPlaceholder(),
  docs: 'https://postmarkapp.com/developer/api/overview#authentication',
});

export const postmarkRules = [postmarkServerToken];
