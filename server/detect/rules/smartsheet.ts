// Smartsheet API tokens: 26 or 37 alphanumerics, no prefix, so only under a Smartsheet name.
import { namedRule } from './named-rule';

export const smartsheetApiToken = namedRule({
  id: 'smartsheet-api-token',
  provider: 'Smartsheet',
  description: 'Smartsheet API token',
  keywords: ['smartsheet'],
  name: 'smartsheet',
  value: '[A-Za-z0-9]{26}|[A-Za-z0-9]{37}',
  envVar: 'SMARTSHEET_ACCESS_TOKEN',
  docs: 'https://developers.smartsheet.com/api/smartsheet/guides/basics/authentication',
});

export const smartsheetRules = [smartsheetApiToken];
