import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

function gitlabSamples(prefix: string, envVar: string, token: string, length: number, extraTps: string[] = []) {
  return {
    tps: [...snippets(token, envVar), ...extraTps],
    fps: [...placeholders(prefix, envVar, length), `${envVar}=${token.slice(0, -4)}`],
  };
}

export const samples: RuleSamples = {
  'gitlab-pat': gitlabSamples('glpat-', 'GITLAB_TOKEN', 'glpat-lahEfXkl0stF_x__IJfC', 20, [
    'GITLAB_TOKEN=glpat-Yx3dRk8vQ2mT9pLw7sHn4bJcFz6aGeU1oKi5.01.0w1k9v8qz',
    'GITLAB_TOKEN=glpat-Yx3dRk8vQ2mT9pLw7sHn4bJcFz6aGeU1oKi5.0w1k9v8qz',
    'git clone https://oauth2:glpat-lahEfXkl0stF_x__IJfC@gitlab.com/acme/infra.git',
  ]),
  'gitlab-runner-token': gitlabSamples('glrt-', 'CI_RUNNER_TOKEN', 'glrt-aZO_9nfvXu_iUCZu8rG8', 20, ['gitlab-runner register --registration-token GR1348941mLin9Uj2-76H7hpPubyL']),
  'gitlab-deploy-token': gitlabSamples('gldt-', 'GITLAB_DEPLOY_TOKEN', 'gldt-JAsGYpKlQPJ4JTT4JAJo', 20),
  'gitlab-feed-token': gitlabSamples('glft-', 'GITLAB_FEED_TOKEN', 'glft-VxwoTuamDAJj4AbOtpNk', 20),
  'gitlab-pipeline-trigger-token': gitlabSamples('glptt-', 'GITLAB_TRIGGER_TOKEN', 'glptt-dd76abf49907aa1de54beb6fc1dbd829e7abb693', 40),
  'gitlab-oauth-app-secret': gitlabSamples('gloas-', 'GITLAB_OAUTH_SECRET', 'gloas-e879eccda19b9f5266bad759a7619ba812b4f92c6eaf1e0005c3ae15aaf4e7b0', 64),
  'gitlab-agent-token': gitlabSamples('glagent-', 'GITLAB_AGENT_TOKEN', 'glagent-w8ikn656fdK8_0HbAoqfaJvHlSX7d0gC7qckrAl916dFUEXQ4y', 50),
  'gitlab-incoming-mail-token': gitlabSamples('glimt-', 'GITLAB_INCOMING_EMAIL_TOKEN', 'glimt-R5CAoFgpYKnh7JVWsIodJQ0mI', 25),
  'gitlab-scim-token': gitlabSamples('glsoat-', 'GITLAB_SCIM_TOKEN', 'glsoat-fGFWP__bzVhaBr7b2o1P', 20),
  'gitlab-ci-build-token': gitlabSamples('glcbt-', 'CI_JOB_TOKEN', 'glcbt-66_Yc9u5PE0C8zdjjrFizgN', 20),
  'gitlab-feature-flag-token': gitlabSamples('glffct-', 'GITLAB_FEATURE_FLAGS_TOKEN', 'glffct-I6BNTo8oar9ssDCnJi1b', 20),
};
