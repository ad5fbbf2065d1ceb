import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'kerberos-hash': {
    tps: [
      '$krb5asrep$23$svc-backup@CORP.ACME.IO:641b1b6b8a53c02ae9583285978df05f$214c3f3b597a31d8b44602322392633ff2864fd2ef8fe38010d21c598fe6d206ad82b672f4f25b2c8d430ecb1d7ed4e1ef99c1102d7cdc78c0f33',
      '$krb5tgs$23$*sql_svc$CORP.ACME.IO$MSSQLSvc/sql01.corp.acme.io:1433*$e5d2087e33456e947c877d3eaeff4b0c$61a75ac8fa72c31a500e103129636e2b98b169be460379a739b4e7c4ecf90037940b5dae30e9159429',
    ],
    fps: [
      'hashcat -m 18200 hashes.txt  # $krb5asrep$23$user@DOMAIN:checksum$edata2',
      '$krb5asrep$23$user@CORP.ACME.IO:00000000000000000000000000000000$0000000000000000000000000000000000000000000000000000000000000000',
    ],
  },
};
