// Gradle Plugin Portal publish keys and secrets: 32 alphanumerics under a `gradle.publish` name.
import { namedRule } from './named-rule';

export const gradlePublishKey = namedRule({
  id: 'gradle-publish-key',
  provider: 'Gradle',
  description: 'Gradle Plugin Portal publish key',
  keywords: ['gradle'],
  name: 'gradle[_.-]?publish',
  kind: 'key|secret',
  value: '[A-Za-z0-9]{32}',
  envVar: 'GRADLE_PUBLISH_SECRET',
  docs: 'https://plugins.gradle.org/docs/publish-plugin',
});

export const gradleRules = [gradlePublishKey];
