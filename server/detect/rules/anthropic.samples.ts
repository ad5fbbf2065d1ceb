import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const KEY = 'sk-ant-api03-t6J9cw2gor42UBLJ7Bb96oJRQG1zjHEjV0L51jocRHMM-3AdfLOiupxfToJUfCuPmpG0wAydWXy356Wand9Sk7JX4XyOTAA';
const ADMIN = 'sk-ant-admin01-AfrS1Gnex8AGyMNjpuUDq5wNIYtbvVjdrywHwB7aMVRdbwwMPmAw45u7wT2XznuQdo4XF03fAg6e4dxLmsBrccHJFIgWKAA';

export const samples: RuleSamples = {
  'anthropic-api-key': {
    tps: [...snippets(KEY, 'ANTHROPIC_API_KEY', 'apiKey'), `client = anthropic.Anthropic(api_key="${KEY}")`],
    fps: [
      ...placeholders('sk-ant-api03-', 'ANTHROPIC_API_KEY', 95),
      `ANTHROPIC_API_KEY=${KEY.slice(0, 80)}`,
      `ANTHROPIC_API_KEY=${KEY.slice(0, -2)}Ab`,
    ],
  },
  'anthropic-admin-key': {
    tps: snippets(ADMIN, 'ANTHROPIC_ADMIN_KEY', 'adminKey'),
    fps: [...placeholders('sk-ant-admin01-', 'ANTHROPIC_ADMIN_KEY', 95), `ANTHROPIC_ADMIN_KEY=${ADMIN.slice(0, 90)}`],
  },
};
