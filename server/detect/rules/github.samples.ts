import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

/** Classic tokens: two that pass the checksum, one that fails it (reported with low confidence). */
function classicSamples(prefix: string, envVar: string, a: string, b: string, badChecksum: string) {
  return {
    tps: [...snippets(a, envVar), `git remote set-url origin https://x-access-token:${b}@github.com/acme/api.git`, `token: ${badChecksum}`],
    fps: [
      ...placeholders(prefix, envVar, 36),
      `${envVar}=${a.slice(0, 30)}`,
      `const t = "${prefix}${a.slice(4)}Q";`,
      `const t = "x${a}";`,
    ],
  };
}

const FINE = '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';
const LEGACY = '8f3c2a91d07b4e65c1a9f2e8d3b7c60a5e4f1d29';

export const samples: RuleSamples = {
  'github-pat': classicSamples('ghp_', 'GITHUB_TOKEN', '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', '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', 'ghp_XOOr4lLzPDMyRA4NHfADM9WaoghAhA3Igd3J'),
  'github-oauth': classicSamples('gho_', 'GITHUB_OAUTH_TOKEN', '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', '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', 'gho_hbJgAjMKc1SUWYisxf6GNDRVOWJA1513r8gm'),
  'github-user-to-server': classicSamples('ghu_', 'GITHUB_USER_TOKEN', 'ghu_he5bHQ0giKbXjbBDwjn0iuARsxma4X1f9Iet', 'ghu_BFIGJnJSUjSgrYGbGlYfUpvDZ2yM3E11bhbS', 'ghu_he5bHQ0giKbXjbBDwjn0iuARsxma4X1f9Ieu'),
  'github-server-to-server': classicSamples('ghs_', 'GITHUB_APP_TOKEN', 'ghs_RxELH9NrWRc6ABiQ5FtvP47HXm5rlA19MINT', 'ghs_KtdMalGx4h7b2SCFxAf7740Q9xkmDj00sIDM', 'ghs_KtdMalGx4h7b2SCFxAf7740Q9xkmDj00sIDN'),
  'github-refresh-token': classicSamples('ghr_', 'GITHUB_REFRESH_TOKEN', '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', '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', 'ghr_gGHgrWIJTAqt0zYPCfk9e1VR2Gdf072HxXu7'),
  'github-fine-grained-pat': {
    tps: [...snippets(FINE, 'GITHUB_TOKEN'), `curl -H "Authorization: Bearer ${FINE}" https://api.github.com/user`],
    fps: [
      ...placeholders('github_pat_', 'GITHUB_TOKEN', 82),
      `GITHUB_TOKEN=github_pat_11AVp2y0Q0ZwDYAN7Z4H6r_${'x'.repeat(59)}`,
      `GITHUB_TOKEN=${FINE.slice(0, 60)}`,
      `GITHUB_TOKEN=github_pat_${'A'.repeat(22)}_${'B'.repeat(59)}`,
    ],
  },
  'github-token-legacy': {
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
  'github-installation-token-legacy': {
    tps: ['GITHUB_TOKEN=v1.a6551051ff53fede7e33deacd52b2bac13100b6a', 'git clone https://x-access-token:v1.a6551051ff53fede7e33deacd52b2bac13100b6a@github.com/acme/app.git', 'const token = "v1.a6551051ff53fede7e33deacd52b2bac13100b6a";'],
    fps: [
      'GITHUB_TOKEN=v1.0000000000000000000000000000000000000000',
      'const version = "v1.2.3";',
      'GITHUB_TOKEN=v1.a6551051ff53fede7e33',
      'https://api.example.com/v1.a6551051ff53fede7e33deacd52b2bac13100b6a.json',
    ],
  },
};
