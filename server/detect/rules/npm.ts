// npm access tokens (`npm_` + 30 random + 6-character CRC32 checksum, like GitHub's) and the credentials
// an .npmrc holds for any registry: `_authToken=`, `_auth=` (base64 user:password), `_password=`.
import { defineRule } from '../rule';
import { hasCrc32Base62Checksum } from './checksum';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

export const npmToken = tokenRule({
  id: 'npm-token',
  provider: 'npm',
  description: 'npm access token',
  keywords: ['npm_'],
  pattern: /\bnpm_[A-Za-z0-9]{36}\b/g,
  envVar: 'NPM_TOKEN',
  docs: 'https://docs.npmjs.com/about-access-tokens',
  prefixLength: 4,
  checksum: (secret) => hasCrc32Base62Checksum(secret.slice(4)),
});

export const npmrcAuthToken = defineRule({
  id: 'npmrc-auth-token',
  provider: 'npm',
  description: 'Registry credential in .npmrc',
  keywords: ['_auth', '_password'],
  anchored: true,
  // `//host/path/:_authToken=…` (scoped to a registry) or a bare `_auth=…` line. The value must not run on
  // into code: `_password = _messages.StringField(1)` is Python, not .npmrc.
  pattern: /(?<=^|:)(?:_authToken|_auth|_password)[ \t]{0,3}=[ \t]{0,3}["']?(?<secret>[A-Za-z0-9._~+/=-]{16,512})(?![\w.~+/=(-])/gm,
  envVar: 'NPM_TOKEN',
  minEntropy: 3.3,
  docs: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
  validate: (secret) => {
    // Prefixed tokens have their own rules (npm-token, github-pat…).
    if (/^(?:npm_|gh[pousr]_|github_pat_|glpat-)/.test(secret) || isPlaceholder(secret)) return false;
    if (charClasses(secret) < 2) return false;
    // Certain for npm's own legacy UUID tokens; otherwise medium, so a rule that knows the value's format
    // (an Artifactory or GitLab token in the same place) reports it instead.
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(secret) ? {} : { confidence: 'medium' };
  },
});

export const npmRules = [npmToken, npmrcAuthToken];
