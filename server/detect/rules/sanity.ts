// Sanity API tokens: `sk` and about 80 alphanumerics; a short prefix, so only under a Sanity name.
import { namedRule } from './named-rule';

export const sanityApiToken = namedRule({
  id: 'sanity-api-token',
  provider: 'Sanity',
  description: 'Sanity API token',
  keywords: ['sanity'],
  name: 'sanity',
  value: 'sk[A-Za-z0-9]{78,190}',
  envVar: 'SANITY_API_TOKEN',
  docs: 'https://www.sanity.io/docs/http-auth',
});

export const sanityRules = [sanityApiToken];
