import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'db-connection-string': {
    tps: [
      'DATABASE_URL=postgres://app_user:Zq8vR2nT6wLp4Ks9@db.prod.internal:5432/orders',
      "const pool = new Pool({ connectionString: 'postgresql://billing:ES9CmtcpIJQMZ0JyVMfI@10.0.3.17/billing' });",
      'spring:\n  data:\n    mongodb:\n      uri: mongodb+srv://svc-reports:fhDG*gDhnI4EoM2U@cluster0.x7kq2.mongodb.net/reports?retryWrites=true',
      'REDIS_URL=rediss://:hG7kP2mW9xQ4vN8sT3@redis-14512.c1.us-east-1-2.ec2.cloud.redislabs.com:14512',
      'CELERY_BROKER_URL=amqp://worker:Kd93jfLq02mZ@mq.internal.acme.io:5672/prod',
      'SQLALCHEMY_DATABASE_URI = "mysql+pymysql://root:Tx4mQ9zLw2Rk@127.0.0.1:3306/shop"',
      'DATABASE_URL=postgres://admin:admin@prod-db.acme.io:5432/app',
      'spring.datasource.url=jdbc:postgresql://db.prod.internal:5432/app?user=app&password=Zq8vR2nT6wLp4Ks9&ssl=true',
      'ConnectionString=jdbc:sqlserver://sql01.corp.acme.io:1433;databaseName=erp;user=erp_svc;password=Lm4nP8qR2sT6;encrypt=true',
    ],
    fps: [
      'DATABASE_URL=postgres://user:password@localhost:5432/mydb',
      'DATABASE_URL=postgresql://${DB_USER}:${DB_PASS}@${DB_HOST}:5432/app',
      'uri: mongodb://admin:<password>@cluster0.mongodb.net/test',
      'REDIS_URL=redis://:changeme@redis:6379',
      'DATABASE_URL=mysql://root:****@db.prod.internal/app',
      'CELERY_BROKER_URL=amqp://guest:guest@localhost:5672//',
      'DATABASE_URL=postgres://postgres:postgres@db:5432/postgres',
      'DATABASE_URL=postgres://app:Zq8vR2nT6wLp4Ks9@db.example.com/app',
      "url = f'postgresql://{user}:{password}@{host}/{name}'",
      'DATABASE_URL=postgres://localhost:5432/mydb',
      'DATABASE_URL=postgres://app:%s@%s/app',
      'DATABASE_URL=postgres://localhost:5432 # no password',
      'jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}',
      'jdbc:mysql://db:3306/app?user=root&password=root',
    ],
  },
};
