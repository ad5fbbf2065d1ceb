// Semgrep app tokens: 64 hex with no prefix, so only under a Semgrep name.
import { namedRule } from './named-rule';

export const semgrepAppToken = namedRule({
  id: 'semgrep-app-token',
  provider: 'Semgrep',
  description: 'Semgrep app token',
  keywords: ['semgrep'],
  name: 'semgrep',
  value: '[a-f0-9]{64}',
  envVar: 'SEMGREP_APP_TOKEN',
  docs: 'https://semgrep.dev/docs/semgrep-ci/sample-ci-configs',
});

export const semgrepRules = [semgrepAppToken];
