// Finicity (Mastercard Open Banking) app keys: 32 hex with no prefix, so only under a Finicity name.
import { namedRule } from './named-rule';

export const finicityAppKey = namedRule({
  id: 'finicity-app-key',
  provider: 'Finicity',
  description: 'Finicity app key',
  keywords: ['finicity'],
  name: 'finicity',
  value: '[a-f0-9]{32}',
  envVar: 'FINICITY_APP_KEY',
  docs: 'https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/',
});

export const finicityRules = [finicityAppKey];
