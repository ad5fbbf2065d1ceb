// GitLab tokens: every kind has its own `gl…` prefix. Newer tokens may be "routable": a longer base64url
// payload, then `.`, (a version and `.`,) two characters of payload length and a 7-character CRC.
import type { Rule } from '../rule';
import { placeholders, snippets, tokenRule } from './token-rule';

const DOCS = 'https://docs.gitlab.com/security/tokens/';
// Either the classic fixed-length body or a routable one.
const body = (classic: number) => `(?:[\\w-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}|[\\w-]{${classic}})`;

interface Kind {
  id: string;
  description: string;
  prefix: string;
  pattern: string;
  envVar: string;
  token: string;
  length: number;
  /** More keywords and true samples than the prefix and the standard snippets. */
  keywords?: string[];
  tps?: string[];
}

function gitlabRule(kind: Kind): Rule {
  return tokenRule({
    id: kind.id,
    provider: 'GitLab',
    description: kind.description,
    keywords: [kind.prefix.toLowerCase(), ...(kind.keywords ?? [])],
    pattern: new RegExp(`(?<![\\w-])${kind.pattern}(?![\\w.-])`, 'g'),
    envVar: kind.envVar,
    docs: DOCS,
    prefixLength: kind.prefix.length,
    samples: {
      tps: [...snippets(kind.token, kind.envVar), ...(kind.tps ?? [])],
      fps: [...placeholders(kind.prefix, kind.envVar, kind.length), `${kind.envVar}=${kind.token.slice(0, -4)}`],
    },
  });
}

export const gitlabPat = gitlabRule({
  id: 'gitlab-pat',
  description: 'GitLab personal, project or group access token',
  prefix: 'glpat-',
  pattern: `glpat-${body(20)}`,
  envVar: 'GITLAB_TOKEN',
  token: 'glpat-lahEfXkl0stF_x__IJfC',
  length: 20,
  tps: [
    'GITLAB_TOKEN=glpat-Yx3dRk8vQ2mT9pLw7sHn4bJcFz6aGeU1oKi5.01.0w1k9v8qz',
    'GITLAB_TOKEN=glpat-Yx3dRk8vQ2mT9pLw7sHn4bJcFz6aGeU1oKi5.0w1k9v8qz',
    'git clone https://oauth2:glpat-lahEfXkl0stF_x__IJfC@gitlab.com/acme/infra.git',
  ],
});

export const gitlabRunnerToken = gitlabRule({
  id: 'gitlab-runner-token',
  description: 'GitLab runner authentication or registration token',
  prefix: 'glrt-',
  pattern: `(?:glrt-(?:t\\d_)?${body(20)}|GR1348941[\\w-]{20})`,
  envVar: 'CI_RUNNER_TOKEN',
  token: 'glrt-aZO_9nfvXu_iUCZu8rG8',
  length: 20,
  keywords: ['gr1348941'],
  tps: ['gitlab-runner register --registration-token GR1348941mLin9Uj2-76H7hpPubyL'],
});

export const gitlabDeployToken = gitlabRule({
  id: 'gitlab-deploy-token',
  description: 'GitLab deploy token',
  prefix: 'gldt-',
  pattern: `gldt-${body(20)}`,
  envVar: 'GITLAB_DEPLOY_TOKEN',
  token: 'gldt-JAsGYpKlQPJ4JTT4JAJo',
  length: 20,
});

export const gitlabFeedToken = gitlabRule({
  id: 'gitlab-feed-token',
  description: 'GitLab feed token',
  prefix: 'glft-',
  pattern: `glft-${body(20)}`,
  envVar: 'GITLAB_FEED_TOKEN',
  token: 'glft-VxwoTuamDAJj4AbOtpNk',
  length: 20,
});

export const gitlabPipelineTriggerToken = gitlabRule({
  id: 'gitlab-pipeline-trigger-token',
  description: 'GitLab pipeline trigger token',
  prefix: 'glptt-',
  pattern: 'glptt-[0-9a-f]{40}',
  envVar: 'GITLAB_TRIGGER_TOKEN',
  token: 'glptt-dd76abf49907aa1de54beb6fc1dbd829e7abb693',
  length: 40,
});

export const gitlabOauthAppSecret = gitlabRule({
  id: 'gitlab-oauth-app-secret',
  description: 'GitLab OAuth application secret',
  prefix: 'gloas-',
  pattern: 'gloas-[\\w-]{64}',
  envVar: 'GITLAB_OAUTH_SECRET',
  token: 'gloas-e879eccda19b9f5266bad759a7619ba812b4f92c6eaf1e0005c3ae15aaf4e7b0',
  length: 64,
});

export const gitlabAgentToken = gitlabRule({
  id: 'gitlab-agent-token',
  description: 'GitLab agent for Kubernetes token',
  prefix: 'glagent-',
  pattern: `glagent-${body(50)}`,
  envVar: 'GITLAB_AGENT_TOKEN',
  token: 'glagent-w8ikn656fdK8_0HbAoqfaJvHlSX7d0gC7qckrAl916dFUEXQ4y',
  length: 50,
});

export const gitlabIncomingMailToken = gitlabRule({
  id: 'gitlab-incoming-mail-token',
  description: 'GitLab incoming email token',
  prefix: 'glimt-',
  pattern: 'glimt-[\\w-]{25}',
  envVar: 'GITLAB_INCOMING_EMAIL_TOKEN',
  token: 'glimt-R5CAoFgpYKnh7JVWsIodJQ0mI',
  length: 25,
});

export const gitlabScimToken = gitlabRule({
  id: 'gitlab-scim-token',
  description: 'GitLab SCIM OAuth access token',
  prefix: 'glsoat-',
  pattern: `glsoat-${body(20)}`,
  envVar: 'GITLAB_SCIM_TOKEN',
  token: 'glsoat-fGFWP__bzVhaBr7b2o1P',
  length: 20,
});

export const gitlabCiBuildToken = gitlabRule({
  id: 'gitlab-ci-build-token',
  description: 'GitLab CI/CD job token',
  prefix: 'glcbt-',
  pattern: 'glcbt-[0-9a-zA-Z]{1,5}_[\\w-]{20}',
  envVar: 'CI_JOB_TOKEN',
  token: 'glcbt-66_Yc9u5PE0C8zdjjrFizgN',
  length: 20,
});

export const gitlabFeatureFlagToken = gitlabRule({
  id: 'gitlab-feature-flag-token',
  description: 'GitLab feature flags client token',
  prefix: 'glffct-',
  pattern: 'glffct-[\\w-]{20}',
  envVar: 'GITLAB_FEATURE_FLAGS_TOKEN',
  token: 'glffct-I6BNTo8oar9ssDCnJi1b',
  length: 20,
});

export const gitlabRules = [
  gitlabPat,
  gitlabRunnerToken,
  gitlabDeployToken,
  gitlabFeedToken,
  gitlabPipelineTriggerToken,
  gitlabOauthAppSecret,
  gitlabAgentToken,
  gitlabIncomingMailToken,
  gitlabScimToken,
  gitlabCiBuildToken,
  gitlabFeatureFlagToken,
];
