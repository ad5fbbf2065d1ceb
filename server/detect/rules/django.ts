// Django `SECRET_KEY`: signs sessions, password-reset links and CSRF tokens. `startproject` writes 50 characters
// from a fixed alphabet, prefixed `django-insecure-` until someone replaces it: both are secrets once committed.
import { namedRule } from './named-rule';
import { tokenRule } from './token-rule';

export const djangoInsecureSecretKey = tokenRule({
  id: 'django-insecure-secret-key',
  provider: 'Django',
  description: 'Django SECRET_KEY (startproject default)',
  keywords: ['django-insecure-'],
  pattern: /(?<![\w-])django-insecure-[a-z0-9!@#$%^&*\x28\x29_=+-]{50}(?=['"\s]|$)/g,
  envVar: 'DJANGO_SECRET_KEY',
  severity: 'warning',
  minEntropy: 4,
  docs: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
  prefixLength: 16,
});

export const djangoSecretKey = namedRule({
  id: 'django-secret-key',
  provider: 'Django',
  description: 'Django SECRET_KEY',
  keywords: ['django'],
  name: 'django',
  kind: 'secret[_.-]?key|secret',
  value: '[a-z0-9!@#$%^&*\\x28\\x29_=+-]{50}',
  classes: 2,
  envVar: 'DJANGO_SECRET_KEY',
  minEntropy: 4,
  docs: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
});

export const djangoRules = [djangoInsecureSecretKey, djangoSecretKey];
