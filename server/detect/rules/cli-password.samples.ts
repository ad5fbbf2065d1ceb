import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cli-password': {
    tps: [
      'mysql -h db.prod.internal -u app -pq7RzK2mWx9Lp orders < dump.sql',
      'mysqldump --user=backup --password=Vt4nQ8zLw2Rk --single-transaction shop > shop.sql',
      "sshpass -p 'Hk3vN9qZr2Lw' ssh deploy@10.20.0.14 uptime",
      '  - docker login -u ci-bot -p Zr8Lq2Wm4Tx7Vb registry.acme.io',
      'podman login --password=Jw7Kq3Lz9Vm2 --username robot quay.acme.io',
      'wget --http-user=mirror --http-password=Pq2Zk8Lm4Wx7 https://mirror.acme.io/iso/latest.iso',
      'redis-cli -h cache-01.acme.io -a Xn5Qw8Lz2Rk7 INFO',
      '    command: redis-server --appendonly yes --requirepass Wq4Zk8Lm2Rv7Tx',
      'sqlcmd -S sql01.acme.io -U sa -P "Ty6Rk9Wq2Lz4" -Q "SELECT 1"',
      'ldapsearch -x -H ldaps://ldap.acme.io -D "cn=admin,dc=acme,dc=io" -w Mv3Kp8Zq2Wl7 "(uid=*)"',
      'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:Lq9Zw3Kr7Xm2',
      'keytool -importkeystore -srckeystore a.jks -srcstorepass Wz4Lk8Qm2Rv6 -destkeystore b.p12',
      'mongodump --host mongo-01.acme.io -u backup -p Rk2Wq7Lz9Vm4 --authenticationDatabase admin',
      'RUN mysql -uroot -pZq8Lw2Rk7Vm4 < /docker-entrypoint-initdb.d/schema.sql',
      'helm registry login registry.acme.io --username robot --password Kv7Lq2Zw9Rm3',
    ],
    fps: [
      'command: redis-server --requirepass "${REDIS_PASSWORD}"',
      'mysql -h db.prod.internal -u app -p orders',
      'mysql -u root -p"$MYSQL_ROOT_PASSWORD" -e "SHOW DATABASES"',
      'docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY" < token.txt',
      'docker run -p 8080:80 -p 8443:443 nginx',
      'docker login -u USERNAME -p PASSWORD registry.acme.io',
      'sshpass -e ssh -p 2222 deploy@bastion',
      "sshpass -p 'password' ssh pi@raspberrypi.local",
      'mysql -uroot -proot',
      'wget --password="$WGET_PASSWORD" https://mirror.acme.io/file',
      'openssl pkcs12 -export -in cert.pem -passout env:P12_PASSWORD -out bundle.p12',
      'ldapsearch -x -W -D "cn=admin,dc=acme,dc=io"',
      'my-mysql -pZq8Lw2Rk7Vm4',
      'redis-cli -a %REDIS_PASS% PING',
    ],
  },
};
