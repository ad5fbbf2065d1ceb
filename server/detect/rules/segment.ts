// Segment write keys and tokens: 32 alphanumerics with no prefix, so only under a Segment name.
import { namedRule } from './named-rule';

export const segmentWriteKey = namedRule({
  id: 'segment-write-key',
  provider: 'Segment',
  description: 'Segment write key',
  keywords: ['segment_', 'segment-', 'segmentwrite', 'segmentapi', 'segmentkey', 'segmenttoken'],
  name: 'segment',
  value: '[A-Za-z0-9]{32}',
  envVar: 'SEGMENT_WRITE_KEY',
  confidence: 'medium',
  docs: 'https://segment.com/docs/connections/find-writekey/',
});

export const segmentRules = [segmentWriteKey];
