import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'oracle-credentials': {
    tps: [
      'private static final String URL = "jdbc:oracle:thin:erp_app/Zt7qWm2pKx9r@//ora-01.acme.io:1521/ERP";',
      'sqlplus -s reporting/Vq8Lz2Rk7Wm4@ora-02.acme.io:1521/RPT @nightly.sql',
      'expdp system/Kw3Zr8Lq2Vm7@ORCL schemas=HR directory=DP_DIR dumpfile=hr.dmp',
    ],
    fps: [
      'jdbc:oracle:thin:@//ora-01.acme.io:1521/ERP',
      'sqlplus / as sysdba',
      'sqlplus scott/tiger@localhost/XE',
      'jdbc:oracle:thin:${DB_USER}/${DB_PASS}@//db:1521/ERP',
      'sqlplus -s /@wallet_alias @report.sql',
    ],
  },
};
