// NuGet API keys: `oy2` + 43 lowercase alphanumerics.
import { tokenRule } from './token-rule';

export const nugetApiKey = tokenRule({
  id: 'nuget-api-key',
  provider: 'NuGet',
  description: 'NuGet API key',
  keywords: ['oy2'],
  pattern: /\boy2[a-z0-9]{43}\b/g,
  envVar: 'NUGET_API_KEY',
  docs: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
  prefixLength: 3,
});

export const nugetRules = [nugetApiKey];
