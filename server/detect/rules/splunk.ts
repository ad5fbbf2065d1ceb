// Splunk HTTP Event Collector tokens are UUIDs, so they count only under a Splunk name.
import { namedRule } from './named-rule';

export const splunkHecToken = namedRule({
  id: 'splunk-hec-token',
  provider: 'Splunk',
  description: 'Splunk HEC token',
  keywords: ['splunk'],
  name: 'splunk',
  kind: 'token|key|secret|hec',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'SPLUNK_HEC_TOKEN',
  docs: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
});

export const splunkRules = [splunkHecToken];
