import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'coveralls-repo-token': {
    tps: [
      'COVERALLS_REPO_TOKEN=qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1',
      'const coverallsRepoToken = "qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1";',
      '{ "coverallsRepoToken": "qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1" }',
      'coveralls_repo_token: \'qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1\'',
    ],
    fps: [
      'COVERALLS_REPO_TOKEN=${COVERALLS_REPO_TOKEN}',
      'COVERALLS_REPO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'COVERALLS_REPO_TOKEN=qDPILRz9EiUPgGmCII',
      'COVERALLS_ACCOUNT_ID=qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1',
      'COVERALLS_REPO_TOKEN_ID=qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1',
      'const requestId = "qDPILRz9EiUPgGmCIItuxATWGKxuFx344kI1";',
    ],
  },
};
