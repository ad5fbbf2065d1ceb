// GitLab tokens: every kind has its own `gl…` prefix. Newer tokens may be "routable": a longer base64url
// payload, then `.`, (a version and `.`,) two characters of payload length and a 7-character CRC.
import type { Rule } from '../rule';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.gitlab.com/security/tokens/';
// Either the classic fixed-length body or a routable one.
const body = (classic: number) => `(?:[\\w-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}|[\\w-]{${classic}})`;

interface Kind {
  id: string;
  description: string;
  prefix: string;
  pattern: string;
  envVar: string;
  /** More keywords than the prefix. */
  keywords?: string[];
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
  });
}

export const gitlabPat = gitlabRule({
  id: 'gitlab-pat',
  description: 'GitLab personal, project or group access token',
  prefix: 'glpat-',
  pattern: `glpat-${body(20)}`,
  envVar: 'GITLAB_TOKEN',
});

export const gitlabRunnerToken = gitlabRule({
  id: 'gitlab-runner-token',
  description: 'GitLab runner authentication or registration token',
  prefix: 'glrt-',
  pattern: `(?:glrt-(?:t\\d_)?${body(20)}|GR1348941[\\w-]{20})`,
  envVar: 'CI_RUNNER_TOKEN',
  keywords: ['gr1348941'],
});

export const gitlabDeployToken = gitlabRule({
  id: 'gitlab-deploy-token',
  description: 'GitLab deploy token',
  prefix: 'gldt-',
  pattern: `gldt-${body(20)}`,
  envVar: 'GITLAB_DEPLOY_TOKEN',
});

export const gitlabFeedToken = gitlabRule({
  id: 'gitlab-feed-token',
  description: 'GitLab feed token',
  prefix: 'glft-',
  pattern: `glft-${body(20)}`,
  envVar: 'GITLAB_FEED_TOKEN',
});

export const gitlabPipelineTriggerToken = gitlabRule({
  id: 'gitlab-pipeline-trigger-token',
  description: 'GitLab pipeline trigger token',
  prefix: 'glptt-',
  pattern: 'glptt-[0-9a-f]{40}',
  envVar: 'GITLAB_TRIGGER_TOKEN',
});

export const gitlabOauthAppSecret = gitlabRule({
  id: 'gitlab-oauth-app-secret',
  description: 'GitLab OAuth application secret',
  prefix: 'gloas-',
  pattern: 'gloas-[\\w-]{64}',
  envVar: 'GITLAB_OAUTH_SECRET',
});

export const gitlabAgentToken = gitlabRule({
  id: 'gitlab-agent-token',
  description: 'GitLab agent for Kubernetes token',
  prefix: 'glagent-',
  pattern: `glagent-${body(50)}`,
  envVar: 'GITLAB_AGENT_TOKEN',
});

export const gitlabIncomingMailToken = gitlabRule({
  id: 'gitlab-incoming-mail-token',
  description: 'GitLab incoming email token',
  prefix: 'glimt-',
  pattern: 'glimt-[\\w-]{25}',
  envVar: 'GITLAB_INCOMING_EMAIL_TOKEN',
});

export const gitlabScimToken = gitlabRule({
  id: 'gitlab-scim-token',
  description: 'GitLab SCIM OAuth access token',
  prefix: 'glsoat-',
  pattern: `glsoat-${body(20)}`,
  envVar: 'GITLAB_SCIM_TOKEN',
});

export const gitlabCiBuildToken = gitlabRule({
  id: 'gitlab-ci-build-token',
  description: 'GitLab CI/CD job token',
  prefix: 'glcbt-',
  pattern: 'glcbt-[0-9a-zA-Z]{1,5}_[\\w-]{20}',
  envVar: 'CI_JOB_TOKEN',
});

export const gitlabFeatureFlagToken = gitlabRule({
  id: 'gitlab-feature-flag-token',
  description: 'GitLab feature flags client token',
  prefix: 'glffct-',
  pattern: 'glffct-[\\w-]{20}',
  envVar: 'GITLAB_FEATURE_FLAGS_TOKEN',
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
