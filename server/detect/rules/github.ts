// GitHub tokens. The classic formats (`ghp_` and friends) end in a CRC32 checksum of their random part, so a
// token that passes is certain; one that fails is still reported, with low confidence (test or truncated).
import { defineRule, type Rule } from '../rule';
import { assigned } from './assigned';
import { hasCrc32Base62Checksum } from './checksum';
import { looksLikePlaceholder } from './shape';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats';

interface Kind {
  id: string;
  prefix: string;
  description: string;
  envVar: string;
  tokens: [string, string];
  /** Same shape, wrong checksum: reported with low confidence. */
  badChecksum: string;
}

function classicTokenRule(kind: Kind): Rule {
  const [a, b] = kind.tokens;
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
    samples: {
      tps: [...snippets(a, kind.envVar), `git remote set-url origin https://x-access-token:${b}@github.com/acme/api.git`, `token: ${kind.badChecksum}`],
      fps: [
        ...placeholders(kind.prefix, kind.envVar, 36),
        `${kind.envVar}=${a.slice(0, 30)}`,
        `const t = "${kind.prefix}${a.slice(4)}Q";`,
        `const t = "x${a}";`,
      ],
    },
  });
}

export const githubPat = classicTokenRule({
  id: 'github-pat',
  prefix: 'ghp_',
  description: 'GitHub personal access token (classic)',
  envVar: 'GITHUB_TOKEN',
  tokens: ['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', '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'],
  badChecksum: 'ghp_XOOr4lLzPDMyRA4NHfADM9WaoghAhA3Igd3J',
});

export const githubOauth = classicTokenRule({
  id: 'github-oauth',
  prefix: 'gho_',
  description: 'GitHub OAuth access token',
  envVar: 'GITHUB_OAUTH_TOKEN',
  tokens: ['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', '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'],
  badChecksum: 'gho_hbJgAjMKc1SUWYisxf6GNDRVOWJA1513r8gm',
});

export const githubUserToServer = classicTokenRule({
  id: 'github-user-to-server',
  prefix: 'ghu_',
  description: 'GitHub App user-to-server token',
  envVar: 'GITHUB_USER_TOKEN',
  tokens: ['ghu_he5bHQ0giKbXjbBDwjn0iuARsxma4X1f9Iet', 'ghu_BFIGJnJSUjSgrYGbGlYfUpvDZ2yM3E11bhbS'],
  badChecksum: 'ghu_he5bHQ0giKbXjbBDwjn0iuARsxma4X1f9Ieu',
});

export const githubServerToServer = classicTokenRule({
  id: 'github-server-to-server',
  prefix: 'ghs_',
  description: 'GitHub App installation (server-to-server) token',
  envVar: 'GITHUB_APP_TOKEN',
  tokens: ['ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINT', 'ghs_KtdMalGx4h7b2SCFxAf7740Q9xkmDj00sIDM'],
  badChecksum: 'ghs_KtdMalGx4h7b2SCFxAf7740Q9xkmDj00sIDN',
});

export const githubRefreshToken = classicTokenRule({
  id: 'github-refresh-token',
  prefix: 'ghr_',
  description: 'GitHub refresh token',
  envVar: 'GITHUB_REFRESH_TOKEN',
  tokens: ['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', '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'],
  badChecksum: 'ghr_gGHgrWIJTAqt0zYPCfk9e1VR2Gdf072HxXu7',
});

const FINE = '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';

export const githubFineGrainedPat = tokenRule({
  id: 'github-fine-grained-pat',
  provider: 'GitHub',
  description: 'GitHub fine-grained personal access token',
  keywords: ['github_pat_'],
  pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b/g,
  envVar: 'GITHUB_TOKEN',
  docs: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens',
  prefixLength: 'github_pat_'.length,
  samples: {
    tps: [...snippets(FINE, 'GITHUB_TOKEN'), `curl -H "Authorization: Bearer ${FINE}" https://api.github.com/user`],
    fps: [
      ...placeholders('github_pat_', 'GITHUB_TOKEN', 82),
      `GITHUB_TOKEN=github_pat_11AVp2y0Q0ZwDYAN7Z4H6r_${'x'.repeat(59)}`,
      `GITHUB_TOKEN=${FINE.slice(0, 60)}`,
      `GITHUB_TOKEN=github_pat_${'A'.repeat(22)}_${'B'.repeat(59)}`,
    ],
  },
});

const LEGACY = '8f3c2a91d07b4e65c1a9f2e8d3b7c60a5e4f1d29';

// Tokens from before 2021, and OAuth app client secrets: 40 hex with no prefix, so only under a GitHub
// name. Medium confidence: a 40-hex value could still be a commit hash someone named badly.
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
  validate: (secret) => (looksLikePlaceholder(secret) ? false : {}),
  samples: {
    tps: [
      `GITHUB_TOKEN=${LEGACY}`,
      `const githubClientSecret = "${LEGACY}";`,
      `gh_token: ${LEGACY}`,
      `"github_oauth_token": "${LEGACY}"`,
    ],
    fps: [
      `GITHUB_SHA=${LEGACY}`,
      'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}',
      `github_token_hash = "${'0'.repeat(40)}"`,
      `const commit = "${LEGACY}"; // github`,
    ],
  },
});

export const githubRules = [
  githubPat,
  githubOauth,
  githubUserToServer,
  githubServerToServer,
  githubRefreshToken,
  githubFineGrainedPat,
  githubTokenLegacy,
];
