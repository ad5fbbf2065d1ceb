// VirusTotal API keys: 64 hex with no prefix, so only under a VirusTotal name.
import { namedRule } from './named-rule';

export const virustotalApiKey = namedRule({
  id: 'virustotal-api-key',
  provider: 'VirusTotal',
  description: 'VirusTotal API key',
  keywords: ['virustotal', 'vt_api', 'vt-api', 'vtapi'],
  name: 'virustotal|vt',
  value: '[a-f0-9]{64}',
  envVar: 'VT_API_KEY',
  docs: 'https://docs.virustotal.com/reference/authentication',
});

export const virustotalRules = [virustotalApiKey];
