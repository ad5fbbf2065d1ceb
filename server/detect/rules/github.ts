// GitHub tokens. The classic formats (`ghp_` and friends) end in a CRC32 checksum of their random part, so a
// token that passes is certain; one that fails is still reported, with low confidence (test or truncated).
import { defineRule, type Rule } from '../rule';
import { assigned } from './assigned';
import { hasCrc32Base62Checksum } from './checksum';
import { unlessPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats';

interface Kind {
  id: string;
  prefix: string;
  description: string;
  envVar: string;
}

function classicTokenRule(kind: Kind): Rule {
  return tokenRule({
    id: kind.id,
    provider: 'GitHub',
    description: kind.description,
    keywords: [kind.prefix],
    pattern: new RegExp(`\\b${kind.prefix}[A-Za-z0-9]{36}\\b`, 'g'),
    envVar: kind.envVar,
    docs: DOCS,
    prefixLength: kind.prefix.length,
    checksum: (secret) => hasCrc32Base62Checksum(secret.slice(kind.prefix.length)),
  });
}

export const githubPat = classicTokenRule({
  id: 'github-pat',
  prefix: 'ghp_',
  description: 'GitHub personal access token (classic)',
  envVar: 'GITHUB_TOKEN',
});

export const githubOauth = classicTokenRule({
  id: 'github-oauth',
  prefix: 'gho_',
  description: 'GitHub OAuth access token',
  envVar: 'GITHUB_OAUTH_TOKEN',
});

export const githubUserToServer = classicTokenRule({
  id: 'github-user-to-server',
  prefix: 'ghu_',
  description: 'GitHub App user-to-server token',
  envVar: 'GITHUB_USER_TOKEN',
});

export const githubServerToServer = classicTokenRule({
  id: 'github-server-to-server',
  prefix: 'ghs_',
  description: 'GitHub App installation (server-to-server) token',
  envVar: 'GITHUB_APP_TOKEN',
});

export const githubRefreshToken = classicTokenRule({
  id: 'github-refresh-token',
  prefix: 'ghr_',
  description: 'GitHub refresh token',
  envVar: 'GITHUB_REFRESH_TOKEN',
});

export const githubFineGrainedPat = tokenRule({
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  description: 'GitHub fine-grained personal access token',
  keywords: ['github_pat_'],
  pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/g,
  envVar: 'GITHUB_TOKEN',
  docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens',
  prefixLength: 'github_pat_'.length,
});

// Tokens from before 2021, and OAuth app client secrets: 40 hex with no prefix, so only under a GitHub
// name. Medium confidence: a 40-hex value could still be a commit hash someone named badly.
// GitHub App installation tokens before the `ghs_` format: `v1.` and 40 hex. Still issued by GitHub Enterprise
// Server versions of that era.
export const githubInstallationTokenLegacy = tokenRule({
  id: 'github-installation-token-legacy',
  provider: 'GitHub',
  description: 'GitHub App installation token (v1 form)',
  keywords: ['v1.'],
  pattern: /(?<![\w.-])v1\.[a-f0-9]{40}(?![\w.-])/g,
  envVar: 'GITHUB_TOKEN',
  confidence: 'medium',
  docs: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation',
  prefixLength: 3,
});

export const githubTokenLegacy = defineRule({
  id: 'github-token-legacy',
  provider: 'GitHub',
  description: 'GitHub token or OAuth client secret (unprefixed)',
  keywords: ['github', 'gh_', 'gh-', 'gh.'],
  anchored: true,
  pattern: new RegExp(assigned('(?:github|gh[_.-])[\\w.-]{0,20}?(?:token|pat|password|secret)', '[a-f0-9]{40}'), 'gi'),
  envVar: 'GITHUB_TOKEN',
  confidence: 'medium',
  minEntropy: 3.2,
  docs: DOCS,
  validate: unlessPlaceholder(),
});

export const githubRules = [
  githubPat,
  githubOauth,
  githubUserToServer,
  githubServerToServer,
  githubRefreshToken,
  githubFineGrainedPat,
  githubTokenLegacy,
  githubInstallationTokenLegacy,
];
