import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'curl-credentials': {
    tps: [
      'curl -fsS -u deploy:Vq8Lz2Rk7Wm4 -T app.tar.gz https://artifacts.acme.io/releases/',
      'curl --user "ci-bot:Kw3Zr8Lq2Vm7" https://nexus.acme.io/service/rest/v1/status',
      "curl --user='jenkins:Tz9Lq4Wk2Rm8' https://ci.acme.io/api/json",
      'RUN curl -sSL -ubuild:Xq7Lm2Zr9Wk4 https://repo.acme.io/libs/geo.tgz | tar xz',
      'curl -s \\\n  -u reporter:Nv6Kq2Lz8Wr3 \\\n  https://metrics.acme.io/api/v1/export',
      'curl -u admin:Hq4Zw8Lk2Rv7 http://localhost:15672/api/overview',
    ],
    fps: [
      'curl -u "$NEXUS_USER:$NEXUS_PASS" https://nexus.acme.io/',
      'curl -u username:password https://api.acme.io/v1/orders',
      'curl -u admin:admin http://localhost:8080/manager/html',
      'curl -u user:Vq8Lz2Rk7Wm4 https://api.example.com/v1/orders',
      'curl -u ${API_USER}:${API_PASS} https://api.acme.io',
      'curl --user "$(cat /run/secrets/creds)" https://api.acme.io',
      'pycurl -u deploy:Vq8Lz2Rk7Wm4',
      'curl -X POST -d "user:Vq8Lz2Rk7Wm4" https://api.acme.io',
    ],
  },
};
