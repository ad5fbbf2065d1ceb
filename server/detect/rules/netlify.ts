// Netlify personal access tokens: the current `nfp_` format, and older 40-46 character tokens that have
// no prefix and are only reported under a Netlify-ish name.
import { defineRule } from '../rule';
import { assigned } from './assigned';
import { charClasses } from './shape';
import { isPlaceholder } from '../placeholder';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.netlify.com/api/get-started/#authentication';

export const netlifyPat = tokenRule({
  id: 'netlify-pat',
  provider: 'Netlify',
  description: 'Netlify personal access token',
  keywords: ['nfp_'],
  pattern: /\bnfp_[A-Za-z0-9]{36}\b/g,
  envVar: 'NETLIFY_AUTH_TOKEN',
  docs: DOCS,
  prefixLength: 4,
});

export const netlifyAuthToken = defineRule({
  id: 'netlify-auth-token',
  provider: 'Netlify',
  description: 'Netlify access token (unprefixed)',
  keywords: ['netlify'],
  pattern: new RegExp(assigned('netlify[\\w.-]{0,20}?(?:token|key|secret)', '[\\w-]{40,46}'), 'gi'),
  envVar: 'NETLIFY_AUTH_TOKEN',
  minEntropy: 3.8,
  docs: DOCS,
  validate: (secret) => (!secret.startsWith('nfp_') && charClasses(secret) === 3 && !isPlaceholder(secret) ? {} : false),
});

export const netlifyRules = [netlifyPat, netlifyAuthToken];
