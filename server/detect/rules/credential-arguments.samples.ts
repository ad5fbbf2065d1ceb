import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'credential-arguments': {
    tps: [
      'Credentials = new NetworkCredential("alerts@acme.io", "Pq8vLz3RkW2x"),',
      'return new PasswordAuthentication("alerts@acme.io", "Zq7Lw2Rk9Vm4".toCharArray());',
      'req.SetBasicAuth("metrics", "Kx8Zq2Lw7Rm3Tz")',
      'session.auth = HTTPBasicAuth("uploader", "Tz4Lq9Wk2Vm8")',
      "r = requests.get(url, auth=('svc-report', 'Hq6Zr2Lk8Wv3'))",
      "return new PDO('pgsql:host=pg.prod.acme.io;dbname=reporting', 'reporting', 'Fr7kLq2Wz9mB');",
      '$db = mysqli_connect("mysql.acme.io", "wp", "Nv6Kq2Lz8Wr3", "wordpress");',
      'Connection c = DriverManager.getConnection(url, "erp", "Wm8Lq2Zr7Kx4");',
      'creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("deploy", "Rk2Wq7Lz9Vm4"));',
    ],
    fps: [
      'Credentials = new NetworkCredential(settings.User, settings.Password),',
      'return new PasswordAuthentication(user, password);',
      'req.SetBasicAuth(user, os.Getenv("METRICS_PASSWORD"))',
      'auth = HTTPBasicAuth("user", "pass")',
      "r = requests.get(url, auth=('admin', 'admin'))",
      "new PDO($dsn, $user, $password);",
      'mySetBasicAuth("metrics", "Kx8Zq2Lw7Rm3Tz")',
      'new NetworkCredential("alerts@acme.io", "")',
      'auth=("user", "${PASSWORD}")',
    ],
  },
};
