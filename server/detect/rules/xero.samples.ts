import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'xero-client-secret': {
    tps: [
      'XERO_CLIENT_SECRET=RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4',
      'const xeroClientSecret = "RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4";',
      '{ "xeroClientSecret": "RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4" }',
      'xero_client_secret: \'RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4\'',
    ],
    fps: [
      'XERO_CLIENT_SECRET=${XERO_CLIENT_SECRET}',
      'XERO_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxx-xxxxxxxxxxxxx',
      'XERO_CLIENT_SECRET=RHmWMpEfBHkSBpwYxoZ7uAqQ',
      'XERO_ACCOUNT_ID=RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4',
      'XERO_CLIENT_SECRET_ID=RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4',
      'const requestId = "RHmWMpEfBHkSBpwYxoZ7uAqQoOuj3r_n9c-dT0yNtxR7xQJ4";',
    ],
  },
};
