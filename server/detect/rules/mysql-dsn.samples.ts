import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'mysql-dsn-password': {
    tps: [
      'const billingDSN = "billing:Vq7Lz2Rk9Wm4@tcp(mysql.prod.acme.io:3306)/billing?parseTime=true"',
      'MYSQL_DSN=app:Kx8Zq2Lw7Rm3@tcp(10.0.3.9:3306)/app',
      'dsn: "exporter:Tz4Lq9Wk2Vm8@unix(/var/run/mysqld/mysqld.sock)/"',
      'db, _ := sql.Open("mysql", "api:Hq6Zr2Lk8Wv3@tcp(localhost:3306)/api")',
    ],
    fps: [
      'const testDSN = "root:root@tcp(127.0.0.1:3306)/test"',
      'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)',
      'dsn: "user:password@tcp(db:3306)/app"',
      'MYSQL_DSN=app:${MYSQL_PASSWORD}@tcp(db:3306)/app',
    ],
  },
};
