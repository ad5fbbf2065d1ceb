// Docker Hub personal access tokens (`dckr_pat_`) and organization access tokens (`dckr_oat_`), and the registry
// logins inside a base64 Docker config (a Kubernetes `kubernetes.io/dockerconfigjson` Secret's `.dockerconfigjson`).
import { defineRule, type Verdict } from '../rule';
import { judgeUrlPassword } from './support/credentials';
import { decodeBase64Text } from './support/decode';
import { tokenRule } from './token-rule';

const DOCS = 'https://docs.docker.com/security/for-developers/access-tokens/';

export const dockerHubPat = tokenRule({
  id: 'docker-hub-pat',
  provider: 'Docker Hub',
  description: 'Docker Hub personal access token',
  keywords: ['dckr_pat_'],
  pattern: /\bdckr_pat_[\w-]{27}(?![\w-])/g,
  envVar: 'DOCKERHUB_TOKEN',
  docs: DOCS,
  prefixLength: 9,
});

export const dockerHubOrgToken = tokenRule({
  id: 'docker-hub-org-token',
  provider: 'Docker Hub',
  description: 'Docker Hub organization access token',
  keywords: ['dckr_oat_'],
  pattern: /\bdckr_oat_[\w-]{27,40}(?![\w-])/g,
  envVar: 'DOCKERHUB_TOKEN',
  docs: 'https://docs.docker.com/security/for-admins/access-tokens/',
  prefixLength: 9,
});

/** The first registry login in a Docker config (`auths.<host>.auth` = base64 `user:password`, or `password`). */
function registryLogin(json: string): Verdict | false {
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch {
    return false;
  }
  const auths = (config as { auths?: unknown } | null)?.auths;
  if (typeof auths !== 'object' || auths === null) return false;
  for (const [host, entry] of Object.entries(auths as Record<string, { auth?: unknown; username?: unknown; password?: unknown }>)) {
    const login = typeof entry?.auth === 'string' ? decodeBase64Text(entry.auth) : `${String(entry?.username ?? '')}:${String(entry?.password ?? '')}`;
    const colon = login.indexOf(':');
    if (colon < 0 || colon === login.length - 1) continue;
    const verdict = judgeUrlPassword(login.slice(colon + 1), login.slice(0, colon), host.replace(/^https?:\/\//, '').replace(/[/:].*$/, ''));
    if (verdict) return verdict;
  }
  return false;
}

export const dockerConfigAuth = defineRule({
  id: 'docker-config-auth',
  provider: 'Docker',
  description: 'Registry login in a base64 Docker config',
  keywords: ['.dockerconfigjson'],
  anchored: true,
  pattern: /\.dockerconfigjson["']?[ \t]*:[ \t]*["']?(?<secret>[A-Za-z0-9+/]{40,8000}={0,2})(?![A-Za-z0-9+/=])/g,
  envVar: 'REGISTRY_PASSWORD',
  docs: 'https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets',
  validate: (secret) => registryLogin(decodeBase64Text(secret)),
});

export const dockerRules = [dockerHubPat, dockerHubOrgToken, dockerConfigAuth];
