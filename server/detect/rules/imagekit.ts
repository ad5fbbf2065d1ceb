// ImageKit private keys: `private_`, 28 base64 characters and `=`; counted under an ImageKit name.
import { namedRule } from './named-rule';

export const imagekitPrivateKey = namedRule({
  id: 'imagekit-private-key',
  provider: 'ImageKit',
  description: 'ImageKit private key',
  keywords: ['imagekit'],
  name: 'imagekit',
  value: 'private_[A-Za-z0-9+/]{27}=',
  envVar: 'IMAGEKIT_PRIVATE_KEY',
  docs: 'https://imagekit.io/docs/api-keys',
});

export const imagekitRules = [imagekitPrivateKey];
