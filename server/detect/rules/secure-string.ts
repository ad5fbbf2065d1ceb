// PowerShell's `ConvertTo-SecureString "…" -AsPlainText -Force`: a password written in the script in clear,
// however secure the object it becomes.
import { defineRule } from '../rule';
import { judgeUrlPassword } from './support/credentials';

export const plaintextSecureString = defineRule({
  id: 'powershell-plaintext-password',
  provider: 'Command line',
  description: 'Password in clear in ConvertTo-SecureString',
  keywords: ['convertto-securestring'],
  anchored: true,
  pattern: /convertto-securestring[ \t]+(?:-string[ \t]+)?(?<q>["'])(?<secret>[^"'\r\n$]{1,128})\k<q>[^\r\n|;]{0,60}?-asplaintext/gi,
  envVar: 'PASSWORD',
  validate: (secret) => judgeUrlPassword(secret, '', ''),
  docs: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring',
});

export const secureStringRules = [plaintextSecureString];
