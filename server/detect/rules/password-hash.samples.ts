import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'password-hash': {
    tps: [
      'admin:$2y$10$cuxvfEwrBoep0MHJHk1/fq2mJIadqsf86qctWkAmkR.gwnvYtjM5A\n',
      'root:$6$aZ8qR2mX$0/p0cO6ZlIB7O81hcmGQGVGQPkzAQXs2efOVoaq.hGwwo3y/Evf1B1RqNusyfA2j./ZCQ2CaqM14quIVhrpnf.:20054:0:99999:7:::',
      'deploy:$5$Hq2Zx9$U0yZ5gfJ3T2zcIzeEfcKDme/VQPGtSpnRIuP3rbdHc4:20054:0:99999:7:::',
      'grafana:$apr1$M2qZrT8a$gD7RZfFWoPVQVtMOcXpMi.',
      '          - "ops:$2y$10$UwEW3McWTSuhpx1taViKad.GjoDguqA5PPKB16wJm7dfpj6bnx8kL"',
      "  ('ops@acme.io', '$2b$12$Vhhr01cx82K/u8EHEpNdY916D2z82GFGS9Xci0NvlQwVQJCxAVadn', 'admin'),",
      'svc:$y$j9T$Lq8Zr2Wk7Vm4Tx9P$Hq6Zr2Lk8Wv3Tz4Lq9Wk2Vm8Kx8Zq2Lw7Rm3Nv6Kq2L:20054::::::',
      'hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Vq8Lz2Rk7Wm4Kw3Zr8Lq2Vm7Tz4Lq9Wk2Vm8Hq6Zr2Lk"',
    ],
    fps: [
      "if (!str_starts_with($hash, '$2y$')) throw new Exception('bcrypt expected');",
      'const BCRYPT = /^\\$2[abxy]\\$\\d{2}\\$[./A-Za-z0-9]{53}$/;',
      'A shadow entry looks like `root:$6$salt$hash:19000:0:99999:7:::`.',
      'Stored as `$2b$12$<salt and hash>`.',
      'daemon:*:20054:0:99999:7:::',
      'admin:$2y$10$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'price: $1$ per unit, then $5$ for the bundle',
    ],
  },
};
