// Sumo Logic access keys (64 alphanumerics, no prefix: only under a Sumo Logic name) and HTTP source URLs, whose
// last segment lets anyone post into the collector.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const sumologicAccessKey = namedRule({
  id: 'sumologic-access-key',
  provider: 'Sumo Logic',
  description: 'Sumo Logic access key',
  keywords: ['sumo'],
  name: 'sumo[_.-]?(?:logic)?',
  value: '[A-Za-z0-9]{64}',
  envVar: 'SUMO_ACCESS_KEY',
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
});

export const sumologicHttpSource = tokenRule({
  id: 'sumologic-http-source',
  provider: 'Sumo Logic',
  description: 'Sumo Logic HTTP source URL',
  keywords: ['sumologic.com/receiver/v1/http/'],
  anchored: false,
  pattern: /(?<![\w-])https:\/\/endpoint[0-9]{0,2}\.collection\.(?:[a-z0-9]{2,6}\.)?sumologic\.com\/receiver\/v1\/(?:otlp\/)?http\/[\w-]{60,120}==(?![\w=-])/g,
  envVar: 'SUMO_HTTP_SOURCE_URL',
  docs: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
  prefixLength: 64,
});

export const sumologicRules = [sumologicAccessKey, sumologicHttpSource];
