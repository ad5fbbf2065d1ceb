// Jenkins API tokens: 34 hex with no prefix, so only under a Jenkins name.
import { namedRule } from './named-rule';

export const jenkinsApiToken = namedRule({
  id: 'jenkins-api-token',
  provider: 'Jenkins',
  description: 'Jenkins API token',
  keywords: ['jenkins'],
  name: 'jenkins',
  value: '[a-f0-9]{34}',
  envVar: 'JENKINS_API_TOKEN',
  docs: 'https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/',
});

export const jenkinsRules = [jenkinsApiToken];
