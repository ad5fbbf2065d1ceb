// LangSmith (LangChain) API keys: `lsv2_pt_` (personal) or `lsv2_sk_` (service), 32 hex, `_`, 10 hex.
import { tokenRule } from './token-rule';

export const langsmithApiKey = tokenRule({
  id: 'langsmith-api-key',
  provider: 'LangSmith',
  description: 'LangSmith API key',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  pattern: /(?<![\w-])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![\w-])/g,
  envVar: 'LANGSMITH_API_KEY',
  docs: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key',
  prefixLength: 8,
});

export const langsmithRules = [langsmithApiKey];
