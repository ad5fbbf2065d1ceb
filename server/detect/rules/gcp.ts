// GCP service-account key files: JSON with "type": "service_account" and the account's PKCS#8 private key.
// The secret reported is the private_key value; the rule needs the service_account marker nearby.
import { defineRule } from '../rule';
import { near } from './assigned';

const SERVICE_ACCOUNT = /["']?type["']?\s{0,3}[:=]\s{0,3}["']service_account["']/;

export const gcpServiceAccount = defineRule({
  id: 'gcp-service-account',
  provider: 'Google Cloud',
  description: 'GCP service account key (JSON key file)',
  keywords: ['service_account'],
  // The key as it sits in JSON: one string, line breaks escaped as \n.
  pattern:
    /["']private_key["']\s{0,3}:\s{0,3}["'](?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\]{200,8000}-----END (?:RSA )?PRIVATE KEY-----(?:\\n)?)["']/g,
  envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
  docs: 'https://cloud.google.com/iam/docs/service-account-creds#key-types',
  validate: (secret, match, ctx) => {
    const body = secret.replace(/-----[A-Z ]+-----/g, '').replace(/\\n/g, '');
    // A real key body is long base64; "...\n" placeholders and elided keys are not.
    if (body.length < 200 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
    return near(ctx.text, match.index, match.index + match[0].length, SERVICE_ACCOUNT, 3000) ? {} : false;
  },
});

export const gcpRules = [gcpServiceAccount];
