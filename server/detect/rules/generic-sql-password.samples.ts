import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'generic-sql-password': {
    tps: [
      "CREATE USER reporting WITH PASSWORD 'Vq7Lz2Rk9WmX4t';",
      "create role etl with login encrypted password 'Tz4Kq8Lw2Vn7Rm';",
      "CREATE USER 'etl'@'%' IDENTIFIED BY 'Wm3Rz8Kq2Lv6Xp';",
      'ALTER USER analytics IDENTIFIED BY "Lk9Zq3Wv7Rm2Tx";',
      "CREATE LOGIN app_login WITH PASSWORD = 'Rx5Tq9Lz3Kw7Vm', CHECK_POLICY = ON;",
      'cur.execute("CREATE USER app WITH PASSWORD \'Nq8Vz3Lk7Rw2Tm\'")',
    ],
    fps: [
      "CREATE USER reporting WITH PASSWORD 'changeme';",
      "CREATE USER reporting WITH PASSWORD '${REPORTING_PASSWORD}';",
      "CREATE USER 'etl'@'%' IDENTIFIED BY PASSWORD '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';",
      "ALTER ROLE app WITH PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHQ=$c3RvcmVka2V5:c2VydmVya2V5';",
      "CREATE USER reporting WITH PASSWORD :'reporting_password';",
      "ALTER USER app IDENTIFIED BY 'password';",
      'CREATE USER app; -- then: ALTER USER app WITH PASSWORD NULL;',
    ],
  },
};
