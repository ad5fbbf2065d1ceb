import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'url-credentials': {
    tps: [
      'PIP_EXTRA_INDEX_URL=https://deploy:Vx8qL2mRk7Tn4Wz@pypi.internal.acme.io/simple/',
      "git remote add origin 'https://ci-bot:Rk7Tn4WzVx8qL2m9@git.acme.io/platform/api.git'",
      "const feed = 'ftp://backup:hJ3kL9mN2pQ7@files.acme-corp.net/nightly/';",
      'proxy: http://svc-proxy:Lm4nP8qR2sT6@proxy.corp.acme.io:3128',
    ],
    fps: [
      'PIP_EXTRA_INDEX_URL=https://user:pass@pypi.example.com/simple/',
      'https://${GIT_USER}:${GIT_TOKEN}@github.com/acme/api.git',
      'See https://username:password@host/path in the docs.',
      'DATABASE_URL=postgres://app_user:Zq8vR2nT6wLp4Ks9@db.prod.internal:5432/orders',
      'curl https://user:<password>@api.acme.io/v1',
      'http://admin:admin@localhost:8080/manager',
      'https://api.acme.io:8443/v1/items',
      // dotenv\'s own docs: a numbered stand-in key.
      '// example: DOTENV_KEY="dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=prod"',
    ],
  },
};
