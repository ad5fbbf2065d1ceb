// Passwords assigned to password-ish names anywhere (code, YAML, JSON, XML, .env, .ini, .netrc), and .pgpass lines.
import { defineRule } from '../rule';
import { genericRule, looksLikeSecret } from './generic-assignment';

export const genericPassword = defineRule(genericRule({
  id: 'generic-password',
  description: 'Hardcoded password',
  kind: 'password',
  keywords: ['pass', 'pwd'],
  names: 'password|passwd|passphrase|pwd|(?<=[_-])pass\\b|\\bpass\\b',
  envVar: 'PASSWORD',
  samples: {
    tps: [
      'const dbPassword = "Tr0ub4dor&3x!";',
      'DB_PASSWORD=qP7#mZ2vLx9w',
      'database:\n  host: db.internal\n  password: Kx8!pQ2vRz7m\n',
      '{"user": "app", "password": "hG7$kL2pQz9x"}',
      '<connection><password>w9Z!rT4qLm2x</password></connection>',
      "conn = connect(host='db', passwd='Jd8#kq2LmZ0p')",
      'spring.datasource.password=Vx3@pL9qZt7k',
      'MYSQL_ROOT_PASSWORD: "n4Kp!x8ZqL2w"',
      'machine api.acme.io login deploy password Nq7!zK3pLx9v\n',
      'data:\n  db-password: WGs5I21QMiR2THE3V3o0\n',
    ],
    fps: [
      'const password = process.env.DB_PASSWORD;',
      'password = os.environ["DB_PASSWORD"]',
      'password: ${DB_PASSWORD}',
      'password: {{ .Values.db.password }}',
      'DB_PASSWORD=changeme',
      'password: your-password-here',
      'const password = config.password;',
      'if (!password) throw new Error("password required");',
      'passwordLength: 12',
      'password_reset_url = "https://example.com/reset/password"',
      '<input type="password" name="password" placeholder="Password">',
      'password: "password"',
      'password = "supersecretpassword"',
      'password = getpass.getpass()',
      '"password": "<PASSWORD>"',
      'password: xxxxxxxx',
      'password = "12345678"',
      'Enter the password twice; the password must be 12 characters.',
      '#password_encryption = scram-sha-256\t# scram-sha-256 or md5',
      "  password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ=',",
      "      $pass = '-anonymous@'",
      "const pass = 'pa$$word'",
      'DB_PASSWORD=P@ssw0rd',
    ],
  },
}));

/** `.pgpass`: `hostname:port:database:username:password`. */
export const genericPgpass = defineRule({
  id: 'generic-pgpass-password',
  provider: 'Generic',
  description: 'Password in a .pgpass file',
  keywords: [':5432:', ':*:'],
  pattern: /^[^:\s#][^:\s]{0,200}:(?:\d{1,5}|\*):[^:\s]{1,200}:[^:\s]{1,200}:(?<secret>\S{1,200})$/gm,
  severity: 'warning',
  confidence: 'medium',
  envVar: 'PGPASSWORD',
  generic: true,
  validate: (secret, _m, ctx) =>
    /(?:^|[\\/])\.?pgpass$/i.test(ctx.path) && looksLikeSecret(secret, 'password', { path: ctx.path, quoted: true, sensitivity: ctx.sensitivity ?? 'medium' })
      ? {} : false,
  samples: {
    tps: ['db.internal:5432:app:app_user:Nq7!zK3pLx9v\n'],
    fps: ['localhost:5432:*:postgres:postgres\n'],
  },
});
