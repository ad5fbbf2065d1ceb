import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'connection-string-password': {
    tps: [
      '"Orders": "Server=tcp:sql-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=Gz7Lq2Wk9Rm4;Encrypt=True;"',
      '<add name="Crm" connectionString="Data Source=crm-db.corp.acme.io;Initial Catalog=CRM;User ID=crm_web;Password=Vx4Kq8Lz2Wr7;" />',
      'conn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-rpt.acme.io;UID=rpt;PWD={Tq9;Lw2Zk7Vm};Encrypt=yes")',
      'PROD = (\n    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-rpt.acme.io;DATABASE=rpt;"\n    "UID=rpt_reader;PWD=Rk3Wq8Lz2Vm6;Encrypt=yes"\n)',
      'const dsn = "host=pg.prod.acme.io port=5432 user=orders password=Wm8Lq2Zr7Kx4 dbname=orders sslmode=require"',
      "db, err := sql.Open(\"postgres\", \"host=10.0.4.12 user=billing password='Hz4Kq9Lw2Rm7' dbname=billing\")",
      '$conn = "Provider=SQLOLEDB;Data Source=sql03.acme.io;User Id=erp;Password=Nq6Zw2Lk8Rv3;"',
    ],
    fps: [
      '"Local": "Server=(localdb)\\\\mssqllocaldb;Database=orders_dev;Trusted_Connection=True;"',
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      'return fmt.Sprintf("host=localhost user=dev password=%s dbname=dev", pass)',
      'host=localhost user=postgres password=postgres dbname=app sslmode=disable',
      'DB_PASSWORD=Wm8Lq2Zr7Kx4',
      'spring.datasource.password=Wm8Lq2Zr7Kx4',
      'password=Wm8Lq2Zr7Kx4',
      '"Server=sql01;Database=app;User Id=app;Password=${DB_PASSWORD};"',
      '"Data Source=.\\\\SQLEXPRESS;Initial Catalog=Audit;User Id=sa;Password=sa;"',
      'var cs = $"Server={host};User Id={user};Password={password};";',
    ],
  },
};
