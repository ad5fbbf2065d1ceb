// MongoDB Atlas API private keys are UUIDs, so they count only under an Atlas name.
import { namedRule } from './named-rule';

export const mongodbAtlasPrivateKey = namedRule({
  id: 'mongodb-atlas-private-key',
  provider: 'MongoDB Atlas',
  description: 'MongoDB Atlas API private key',
  keywords: ['atlas', 'mongodb'],
  name: '(?:mongodb[_.-]?)?atlas',
  kind: 'private[_.-]?key|secret',
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  envVar: 'MONGODB_ATLAS_PRIVATE_KEY',
  docs: 'https://www.mongodb.com/docs/atlas/configure-api-access/',
});

export const mongodbAtlasRules = [mongodbAtlasPrivateKey];
