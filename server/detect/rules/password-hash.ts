import { defineRule, type Verdict } from '../rule';
import { isPlaceholder } from '../placeholder';

// crypt(3) password hashes as htpasswd, /etc/shadow, Traefik/Caddy basic-auth users and seed data hold them:
// bcrypt, sha512crypt, sha256crypt, md5crypt, Apache apr1, yescrypt and Argon2 (PHC string). They are not the
// password, but they crack offline, and a weak password falls in minutes: a warning, rotate the password.
// Every part has its fixed alphabet and length, so a prefix check in code or a `<hash>` placeholder never matches.
const B64 = '[./A-Za-z0-9]';
const FORMATS = [
  `\\$2[abxy]\\$[0-3][0-9]\\$${B64}{53}`, // bcrypt: cost, 22 salt + 31 hash characters
  `\\$6\\$(?:rounds=[0-9]{1,9}\\$)?${B64}{1,16}\\$${B64}{86}`, // sha512crypt
  `\\$5\\$(?:rounds=[0-9]{1,9}\\$)?${B64}{1,16}\\$${B64}{43}`, // sha256crypt
  `\\$(?:1|apr1)\\$${B64}{1,8}\\$${B64}{22}`, // md5crypt, Apache apr1
  `\\$y\\$${B64}{1,16}\\$${B64}{1,86}\\$${B64}{43}`, // yescrypt (Debian's default since 11)
  `\\$argon2(?:id|i|d)\\$v=[0-9]{1,3}\\$m=[0-9]{1,8},t=[0-9]{1,4},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{11,64}\\$[A-Za-z0-9+/]{16,128}`,
];
const NAMES: Record<string, string> = {
  '2': 'bcrypt', '6': 'sha512crypt', '5': 'sha256crypt', '1': 'md5crypt', apr1: 'Apache apr1', y: 'yescrypt', argon2: 'Argon2',
};

const passwordHash = defineRule({
  id: 'password-hash',
  provider: 'Password hash',
  description: 'Password hash (crackable offline)',
  keywords: ['$2a$', '$2b$', '$2x$', '$2y$', '$6$', '$5$', '$1$', '$apr1$', '$y$', '$argon2'],
  anchored: true,
  pattern: new RegExp(`(?:${FORMATS.join('|')})(?![./A-Za-z0-9+$])`, 'g'),
  severity: 'warning',
  confidence: 'medium',
  envVar: 'PASSWORD_HASH',
  validate: (secret): Verdict | false => {
    const hash = secret.slice(secret.lastIndexOf('$') + 1);
    if (isPlaceholder(hash)) return false;
    const scheme = /^\$(2|6|5|1|apr1|y|argon2)/.exec(secret)?.[1];
    return { description: `${(scheme && NAMES[scheme]) ?? 'Unix crypt'} password hash (crackable offline)` };
  },
  docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
});

export const passwordHashRules = [passwordHash];
