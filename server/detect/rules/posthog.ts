// PostHog personal API keys: `phx_` and 43 alphanumerics (project keys `phc_` are public by design).
import { tokenRule } from './token-rule';

export const posthogPersonalApiKey = tokenRule({
  id: 'posthog-personal-api-key',
  provider: 'PostHog',
  description: 'PostHog personal API key',
  keywords: ['phx_'],
  pattern: /(?<![\w-])phx_[A-Za-z0-9]{43}(?![\w-])/g,
  envVar: 'POSTHOG_PERSONAL_API_KEY',
  docs: 'https://posthog.com/docs/api#personal-api-keys',
  prefixLength: 4,
});

export const posthogRules = [posthogPersonalApiKey];
