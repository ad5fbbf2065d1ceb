// A codicon per provider family, so the list reads at a glance. Unknown providers get the plain `key`.
const families: Array<[icon: string, providers: string[]]> = [
  ['credit-card', ['stripe', 'paypal', 'square', 'braintree', 'adyen', 'shopify', 'plaid', 'razorpay']],
  ['github', ['github']],
  ['source-control', ['gitlab', 'bitbucket']],
  ['azure', ['azure', 'microsoft']],
  ['cloud', ['aws', 'amazon', 'gcp', 'google', 'digitalocean', 'heroku', 'vercel', 'netlify', 'cloudflare', 'fly', 'linode', 'alibaba']],
  ['sparkle', ['openai', 'anthropic', 'huggingface', 'cohere', 'mistral', 'gemini', 'groq', 'replicate', 'perplexity']],
  ['comment-discussion', ['slack', 'discord', 'twilio', 'telegram', 'teams', 'mattermost']],
  ['mail', ['sendgrid', 'mailgun', 'mailchimp', 'postmark', 'resend', 'ses', 'sparkpost', 'brevo']],
  ['database', ['mongodb', 'mongo', 'postgres', 'mysql', 'redis', 'supabase', 'planetscale', 'firebase', 'neon', 'database']],
  ['package', ['npm', 'pypi', 'docker', 'nuget', 'rubygems', 'artifactory', 'jfrog']],
  ['pulse', ['datadog', 'sentry', 'newrelic', 'grafana', 'honeycomb', 'pagerduty']],
  ['shield', ['auth0', 'okta', 'clerk', 'jwt', 'vault']],
];

const byProvider = new Map(families.flatMap(([icon, names]) => names.map((n) => [n, icon] as const)));

/** `"Stripe"`, `"stripe-live"`, `"AWS S3"` → the family's icon; anything else → `key`. */
export function providerIcon(provider: string): string {
  const words = provider.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  for (const word of words) {
    const icon = byProvider.get(word);
    if (icon) return icon;
  }
  return 'key';
}

/** The provider a variable name starts with (`STRIPE_SECRET_KEY` → `stripe`), for keys found in `.env` files. */
export function guessProvider(name: string): string {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.find((w) => byProvider.has(w)) ?? 'unknown';
}
