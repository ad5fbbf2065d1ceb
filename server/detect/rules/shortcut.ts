// Shortcut (Clubhouse) API tokens are UUIDs, so they count only under a Shortcut name.
import { namedRule } from './named-rule';

export const shortcutApiToken = namedRule({
  id: 'shortcut-api-token',
  provider: 'Shortcut',
  description: 'Shortcut API token',
  keywords: ['shortcut', 'clubhouse'],
  name: 'shortcut|clubhouse',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'SHORTCUT_API_TOKEN',
  docs: 'https://developer.shortcut.com/api/rest/v3#Authentication',
});

export const shortcutRules = [shortcutApiToken];
