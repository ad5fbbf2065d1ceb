import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const SERVICE_TOKEN =
  'ops_eyJzaWduSW5BZGRyZXNzIjoiYWNtZS4xcGFzc3dvcmQuY29tIiwidXNlckF1dGgiOnsibWV0aG9kIjoiU1JQZy00MDk2IiwiYWxnIjoiUEJFUzJnLUhTMjU2IiwiaXRlcmF0aW9ucyI6NjUwMDAwLCJzYWx0IjoiNnd1VTNveW1EZkxKZ3AzcEZ2aE5ldyJ9LCJlbWFpbCI6Ims3djJxejR4OW50cnNAMXBhc3N3b3Jkc2VydmljZWFjY291bnRzLmNvbSIsInNycFgiOiJkNWU4NmQxNjM2Y2IwOGFiNTQ3M2U1OGI4NWM4YzE0Nzc4MTU0YTk0MmYwZjY4ZjRmMTRmMjA3OTZlMWU5YTYwIiwibXVrIjp7ImFsZyI6IkEyNTZHQ00iLCJleHQiOnRydWUsImsiOiJiRGhPUFlvM1dqMFU0MWNOWU1sTnJBTEpJc2QySTBCYUNadGRETHdiYkxBIiwia2V5X29wcyI6WyJlbmNyeXB0IiwiZGVjcnlwdCJdLCJrdHkiOiJvY3QiLCJraWQiOiJtcCJ9LCJzZWNyZXRLZXkiOiJBMy03U1pVRDEtTlhUVzJaLUE0UVU4LVo4RlFBLU5GU1NYLVYzRDM1IiwidGhyb3R0bGVTZWNyZXQiOnsic2VlZCI6ImYwOTRmYzViOTllYmEyYjNjMTNhNTAyOTkxNjA5YTIzNjA0ZTQ4MDA4YzRhOTQwNWI1ZDlhMTQwMzdmYTYwNGIiLCJkZXZpY2VVdWlkIjoienl3WXpYV2tKWFQtajB2cHZ3In0sImRldmljZVV1aWQiOiIzRmszQnJ5Z2FxVGhmYlRKdEEifQ';
const SECRET_KEY = 'A3-7SZUD1-NXTW2Z-A4QU8-Z8FQA-NFSSX-V3D35';

export const samples: RuleSamples = {
  '1password-service-account-token': {
    tps: snippets(SERVICE_TOKEN, 'OP_SERVICE_ACCOUNT_TOKEN'),
    fps: [
      ...placeholders('ops_eyJ', 'OP_SERVICE_ACCOUNT_TOKEN', 300),
      `OP_SERVICE_ACCOUNT_TOKEN=${SERVICE_TOKEN.slice(0, 200)}`,
      'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...',
    ],
  },
  '1password-secret-key': {
    tps: [...snippets(SECRET_KEY, 'OP_SECRET_KEY'), `op account add --address acme.1password.com --secret-key ${SECRET_KEY}`],
    fps: [
      'OP_SECRET_KEY=A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      `OP_SECRET_KEY=${SECRET_KEY.slice(0, 25)}`,
      'OP_SECRET_KEY=${OP_SECRET_KEY}',
      'part number A3-100200-300400-50060-70080-90010-11012',
    ],
  },
};
