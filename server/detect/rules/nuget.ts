// NuGet API keys: `oy2` + 43 lowercase alphanumerics.
import { placeholders, snippets, tokenRule } from './token-rule';

const TOKEN = 'oy211res21sxi6r51msxkuzokd9i55i2brvlbpiajvaha6';

export const nugetApiKey = tokenRule({
  id: 'nuget-api-key',
  provider: 'NuGet',
  description: 'NuGet API key',
  keywords: ['oy2'],
  pattern: /\boy2[a-z0-9]{43}\b/g,
  envVar: 'NUGET_API_KEY',
  docs: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
  prefixLength: 3,
  samples: {
    tps: [...snippets(TOKEN, 'NUGET_API_KEY'), `dotnet nuget push Acme.Core.2.1.0.nupkg --api-key ${TOKEN} --source https://api.nuget.org/v3/index.json`],
    fps: [...placeholders('oy2', 'NUGET_API_KEY', 43), 'dotnet nuget push pkg.nupkg --api-key %NUGET_API_KEY%', `NUGET_API_KEY=${TOKEN.slice(0, 3 + 43 - 8)}`],
  },
});

export const nugetRules = [nugetApiKey];
