import type { RuleSamples } from '../rule';
import { placeholders, snippets } from './support/sample-snippets';

const TOKEN = 'oy211res21sxi6r51msxkuzokd9i55i2brvlbpiajvaha6';

export const samples: RuleSamples = {
  'nuget-api-key': {
    tps: [...snippets(TOKEN, 'NUGET_API_KEY'), `dotnet nuget push Acme.Core.2.1.0.nupkg --api-key ${TOKEN} --source https://api.nuget.org/v3/index.json`],
    fps: [...placeholders('oy2', 'NUGET_API_KEY', 43), 'dotnet nuget push pkg.nupkg --api-key %NUGET_API_KEY%', `NUGET_API_KEY=${TOKEN.slice(0, 3 + 43 - 8)}`],
  },
};
