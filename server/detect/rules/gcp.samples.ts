import type { RuleSamples } from '../rule';

const PEM =
  '-----BEGIN PRIVATE KEY-----\\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAKAF4KdpvXI/7x0B\\nJ4OfsL40pbTzDVTls5CfJ0Q/X7q2mPs8T3MRK5/xcxlAoFtLlY9ewmWqgJjcRavR\\nEqA6bS6CsdSnHh9urWshHktsyVPzwtwiZ2MKaTob7qk6sBozakTg/lflNXkqn8hI\\nkHqEw4f2SQ8maRV2QaXjwHyWYEkNAgMBAAECgYEAiMmdaN3tb/0Q05VKBqx5s41j\\nXJMrATg8z1IMib02gm9Vw+Sg8XZq+RS20443xPKOTPiuaaNeu8wGzkEwj8CB1JcO\\nbOt1DOH7FQdwgOZs7G1GJfoTPSuotYS3lbtT83y7PS+/BZaVcuVqLXrB+OcE6f2w\\nivMxTuTcqVkMXbYt0CECQQDOumh6+am0pxu6qmQGVd9qHihkTwXw9KRX1FpQvj05\\n22rxxwJt8zOOS0A3+D7oIsMJHavtJGJD+39j1c0U3cbpAkEAxim8N1Hw0PzVID7r\\ny+1I1P7Ofh5AvqyLgUwxm9FcEbb7oIP8Fq6uf/0NzpVDm97KFAz90qwpmfstvna3\\naLUihQJBAJPeF++mdvHl+dqaGDPD5qtD6QZe09QXWRoNpZBNkwO4Y5WPELjOlZj5\\nUHT4Vx66BqGVnK1iMfuIgAVMH4YGYEkCQBqh8VHeCWeNE3fJ/RbjRS6bMFVy63C0\\n7+rouqIeeSlIVnk0Q+UohPten0RsezGvt6kKNfLigJTZVUSL4AqKjaECQG3gNOtZ\\ndZC9pVeJ5i4DtzHrockiCRKsvJQNtEkL8NZ+tvLYe1aWYdhDwYNCv9UeQ2+ZqlBd\\nS0HiLZ1Ehvo7wI4=\\n-----END PRIVATE KEY-----\\n';
const keyFile = (pem: string) => `{
  "type": "service_account",
  "project_id": "acme-prod-381207",
  "private_key_id": "989eb9d98c510b502ed561371156c4b46d7f6a68",
  "private_key": "${pem}",
  "client_email": "deployer@acme-prod-381207.iam.gserviceaccount.com",
  "client_id": "104857392017465839201",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;

export const samples: RuleSamples = {
  'gcp-service-account': {
    tps: [
      keyFile(PEM),
      `const credentials = {"type":"service_account","project_id":"acme-prod-381207","private_key":"${PEM}","client_email":"ci@acme-prod-381207.iam.gserviceaccount.com"};`,
    ],
    fps: [
      keyFile('-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n'),
      keyFile('${GCP_PRIVATE_KEY}'),
      `{"type": "authorized_user", "private_key": "${PEM}"}`,
      `{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${'A'.repeat(40)}\\n-----END PRIVATE KEY-----\\n"}`,
    ],
  },
};
