// npm access tokens (`npm_` + 30 random + 6-character CRC32 checksum, like GitHub's) and the credentials
// an .npmrc holds for any registry: `_authToken=`, `_auth=` (base64 user:password), `_password=`.
import { defineRule } from '../rule';
import { hasCrc32Base62Checksum } from './checksum';
import { charClasses, looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = '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';
const TOKEN2 = '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';

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
  samples: {
    tps: [
      ...snippets(TOKEN, 'NPM_TOKEN'),
      `//registry.npmjs.org/:_authToken=${TOKEN2}`,
      // Wrong checksum: still reported, with low confidence.
      `NPM_TOKEN=${TOKEN.slice(0, -1)}h`,
    ],
    fps: [
      ...placeholders('npm_', 'NPM_TOKEN', 36),
      `NPM_TOKEN=${TOKEN.slice(0, 24)}`,
      'const NPM_TOKEN_PATTERN = /npm_[A-Za-z0-9]{36}/;',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    ],
  },
});

const LEGACY = 'e4a063d7-7807-4886-8131-e6bebb77b225';

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
    if (/^(?:npm_|gh[pousr]_|github_pat_|glpat-)/.test(secret) || looksLikePlaceholder(secret)) return false;
    if (charClasses(secret) < 2) return false;
    // Certain for npm's own legacy UUID tokens; otherwise medium, so a rule that knows the value's format
    // (an Artifactory or GitLab token in the same place) reports it instead.
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(secret) ? {} : { confidence: 'medium' };
  },
  samples: {
    tps: [
      `//registry.npmjs.org/:_authToken=${LEGACY}`,
      `@acme:registry=https://npm.pkg.acme.io/\n//npm.pkg.acme.io/:_authToken="cmVmdGtuOjAxOjE3OTM4OjZsR2tXbEpxNmRnTg"`,
      '//nexus.acme.io/repository/npm/:_auth=ZGVwbG95OlM0bHQhbmcuUGFzczkx',
      '//nexus.acme.io/repository/npm/:_password=UzRsdCFuZy5QYXNzOTE=',
    ],
    fps: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      `//registry.npmjs.org/:_authToken=${TOKEN}`,
      '//registry.npmjs.org/:_authToken=YOUR_NPM_TOKEN_GOES_HERE',
      'always-auth=true',
      '    _password = _messages.StringField(1)',
      'self._auth = requests_oauthlib.OAuth2Session',
      '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
    ],
  },
});

export const npmRules = [npmToken, npmrcAuthToken];
