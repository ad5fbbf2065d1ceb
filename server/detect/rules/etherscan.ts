// Etherscan (and BscScan, Polygonscan) API keys: 34 upper-case alphanumerics, no prefix; under the explorer's name.
import { namedRule } from './named-rule';

export const etherscanApiKey = namedRule({
  id: 'etherscan-api-key',
  provider: 'Etherscan',
  description: 'Etherscan API key',
  keywords: ['etherscan', 'bscscan', 'polygonscan'],
  name: 'etherscan|bscscan|polygonscan',
  value: '[A-Z0-9]{34}',
  envVar: 'ETHERSCAN_API_KEY',
  docs: 'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics',
});

export const etherscanRules = [etherscanApiKey];
