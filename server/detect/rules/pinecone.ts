// Pinecone API keys: `pcsk_`, a short key id, `_`, then the secret.
import { tokenRule } from './token-rule';

export const pineconeApiKey = tokenRule({
  id: 'pinecone-api-key',
  provider: 'Pinecone',
  description: 'Pinecone API key',
  keywords: ['pcsk_'],
  pattern: /(?<![\w-])pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70}(?![\w-])/g,
  envVar: 'PINECONE_API_KEY',
  docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  prefixLength: 5,
});

export const pineconeRules = [pineconeApiKey];
