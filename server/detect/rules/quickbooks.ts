// Intuit (QuickBooks) OAuth client secrets: 40 alphanumerics with no prefix, so only under an Intuit name.
import { namedRule } from './named-rule';

export const quickbooksClientSecret = namedRule({
  id: 'quickbooks-client-secret',
  provider: 'Intuit QuickBooks',
  description: 'Intuit QuickBooks client secret',
  keywords: ['quickbooks', 'intuit', 'qbo_'],
  name: 'quickbooks|intuit|qbo',
  kind: 'secret',
  value: '[A-Za-z0-9]{40}',
  envVar: 'QUICKBOOKS_CLIENT_SECRET',
  docs: 'https://developer.intuit.com/app/developer/qbo/docs/get-started/get-client-id-and-client-secret',
});

export const quickbooksRules = [quickbooksClientSecret];
