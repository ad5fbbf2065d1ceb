import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'segment-write-key': {
    tps: [
      'SEGMENT_WRITE_KEY=TMbZYSOG0satAL1WNlxiYc40a5PsfBk6',
      'const segmentWriteKey = "TMbZYSOG0satAL1WNlxiYc40a5PsfBk6";',
      '{ "segmentWriteKey": "TMbZYSOG0satAL1WNlxiYc40a5PsfBk6" }',
      'segment_write_key: \'TMbZYSOG0satAL1WNlxiYc40a5PsfBk6\'',
    ],
    fps: [
      'SEGMENT_WRITE_KEY=${SEGMENT_WRITE_KEY}',
      'SEGMENT_WRITE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SEGMENT_WRITE_KEY=TMbZYSOG0satAL1W',
      'SEGMENT_ACCOUNT_ID=TMbZYSOG0satAL1WNlxiYc40a5PsfBk6',
      'SEGMENT_WRITE_KEY_ID=TMbZYSOG0satAL1WNlxiYc40a5PsfBk6',
      'const requestId = "TMbZYSOG0satAL1WNlxiYc40a5PsfBk6";',
    ],
  },
};
