// Which algorithm made a stored hash, from its crypt(3) prefix.
const PREFIXES = {
  '$2a$': 'bcrypt', '$2b$': 'bcrypt', '$2y$': 'bcrypt', '$1$': 'md5crypt', '$apr1$': 'apr1',
  '$5$': 'sha256crypt', '$6$': 'sha512crypt', '$y$': 'yescrypt', '$argon2id$': 'argon2id',
};
const BCRYPT = /^\$2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}$/;
const SHA512_CRYPT_EXAMPLE = '$6$rounds=5000$saltsalt$<86 characters of hash>';

export function algorithmOf(hash) {
  for (const [prefix, name] of Object.entries(PREFIXES)) if (hash.startsWith(prefix)) return name;
  return BCRYPT.test(hash) ? 'bcrypt' : 'unknown';
}
export { SHA512_CRYPT_EXAMPLE };
