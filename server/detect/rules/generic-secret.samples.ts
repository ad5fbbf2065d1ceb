import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'generic-secret': {
    tps: [
      'const clientSecret = "q8Zr2LkP9vXw4TmN7bJc3HsY";',
      'CLIENT_SECRET=Xk29fLmQ7pZr4VwT8nBc6HjD',
      "app.config['SECRET_KEY'] = 'f3Kq9Lz2Wm8Rx4Tp7Vb1Nc6J'",
      'jwt:\n  secret: "Zq4Rk8Lm2Wx7Pt9Vb3Nc6HdY"\n',
      '"client_secret": "GOCSPX-8kR2zLqP4mW9xT7vB3nC6hJd"',
      '<add key="EncryptionKey" value="Vb7Nq2Lx9Zk4Rm8Tw3Pc6HdJ" />',
    ],
    fps: [
      'const clientSecret = process.env.CLIENT_SECRET;',
      'secret: ${{ secrets.DEPLOY_KEY }}',
      'secretName: my-app-secrets',
      'client_secret = "your-client-secret"',
      'SECRET_KEY = "django-insecure-change-me"',
      'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db"',
      'secretKeyRef:\n  name: api-secrets\n  key: token',
      'const secret = crypto.randomBytes(32).toString("hex");',
      'secret = "7f3c2a1e-9b4d-4e8f-a6c5-2d1b0e9f8a7c"',
      'secret_file = "/run/secrets/app_secret.txt"',
      "printf 'CLIENT_SECRET=sk_live_%s\\nLOG_LEVEL=debug\\n' \"$(openssl rand -hex 24)\" > .env",
      '      "secret": "V1SecretVolumeSource",',
      '"pattern":"arn:([a-z\\\\d-]+):.*:.*:secret:AmazonLookoutMetrics-.+"',
      '"pattern":"^arn:aws:secretsmanager:[a-z0-9-:]+:secret:ecr\\\\-pullthroughcache\\\\/[a-z0-9]+$"',
      '"options": "\\"apparmor:PROFILE\\" | \\"credentialspec:CredentialSpecFilePath\\""',
    ],
  },
};
