import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'netrc-password': {
    tps: [
      'machine api.heroku.com\n  login ops@acme.io\n  password Vq8Lz2Rk7Wm4\n',
      'RUN echo "machine git.acme.io login build password Kw3Zr8Lq2Vm7" > /root/.netrc',
      'printf "machine artifacts.acme.io\\nlogin ci\\npassword Tz4Lq9Wk2Vm8\\n" > ~/.netrc',
    ],
    fps: [
      'machine ftp.example.com login anonymous password guest@',
      'RUN echo "machine github.com login x-access-token password ${GITHUB_TOKEN}" > ~/.netrc',
      'machine api.acme.io login deploy password $DEPLOY_PASSWORD',
      'The machine learning model needs a password reset.',
      'machine localhost login admin password admin',
    ],
  },
};
