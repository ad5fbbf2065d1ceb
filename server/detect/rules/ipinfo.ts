// IPinfo access tokens: 14 hex with no prefix, so only under an IPinfo name.
import { namedRule } from './named-rule';

export const ipinfoToken = namedRule({
  id: 'ipinfo-token',
  provider: 'IPinfo',
  description: 'IPinfo access token',
  keywords: ['ipinfo'],
  name: 'ipinfo',
  value: '[a-f0-9]{14}',
  envVar: 'IPINFO_TOKEN',
  minEntropy: 2.5,
  docs: 'https://ipinfo.io/developers#authentication',
});

export const ipinfoRules = [ipinfoToken];
