import type { Verdict } from '../../rule';

/**
 * Live credentials are errors; test/sandbox ones warnings (they cannot move money or send real mail, but
 * still open the account's test data and settings). `what` names the credential, e.g. "Stripe secret key",
 * and becomes "Stripe live secret key" / "Stripe test secret key" with the given mode words.
 */
export function modeVerdict(live: boolean, what: string, testWord = 'test'): Verdict {
  const [provider, ...kind] = what.split(' ');
  return live
    ? { environment: 'live', severity: 'error', description: `${provider} live ${kind.join(' ')}` }
    : { environment: 'test', severity: 'warning', description: `${provider} ${testWord} ${kind.join(' ')}` };
}
