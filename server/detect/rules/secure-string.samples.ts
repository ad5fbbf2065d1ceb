import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'powershell-plaintext-password': {
    tps: [
      '$password = ConvertTo-SecureString "Vx7Lq2Rz9Km4" -AsPlainText -Force',
      "$pw = ConvertTo-SecureString -String 'Tq8Wz3Lk7Rm2' -AsPlainText -Force",
    ],
    fps: [
      '$password = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
      '$password = ConvertTo-SecureString "$($secret.Value)" -AsPlainText -Force',
      '$password = ConvertTo-SecureString "<password>" -AsPlainText -Force',
      '$secure = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb" -Key $key',
      '$password = ConvertTo-SecureString "P@ssw0rd" -AsPlainText -Force',
    ],
  },
};
