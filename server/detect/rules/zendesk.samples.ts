import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'zendesk-api-token': {
    tps: ['ZENDESK_API_TOKEN=V5yHRq9UFGrH2lRtEPdNJE3C1YrYgmOyZklKpHAw', "zendesk:\n  zendesk_token: 'V5yHRq9UFGrH2lRtEPdNJE3C1YrYgmOyZklKpHAw'"],
    fps: ['ZENDESK_API_TOKEN=your_zendesk_api_token', 'ZENDESK_API_TOKEN=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'ZENDESK_SUBDOMAIN=mycompany'],
  },
};
