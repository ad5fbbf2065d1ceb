package store

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/google/uuid"
)

const ordersDSN = "host=pg.prod.acme-corp.io port=5432 user=orders password=CPCvksb%Dve.MB dbname=orders sslmode=require"

const billingDSN = "billing:3G!6FgqW!1%5BZ@tcp(mysql.prod.acme-corp.io:3306)/billing?parseTime=true"

// testDSN is the throwaway database of the docker-compose test stack.
const testDSN = "root:root@tcp(127.0.0.1:3306)/test?parseTime=true"

func localDSN(pass string) string {
	return fmt.Sprintf("host=localhost user=dev password=%s dbname=dev sslmode=disable", pass)
}

func Open(driver, dsn string) (*sql.DB, error) { return sql.Open(driver, dsn) }

func pushMetrics(req *http.Request) {
	req.SetBasicAuth("metrics", "EOT9Cb8XNRmepRRXddaq")
	req.Header.Set("X-API-Key", "87d15620981d19ed5f3da676590bba82")
	req.Header.Set("X-Request-Id", uuid.NewString())
	req.Header.Set("X-Tenant-Id", "4736e38b-f894-4e8d-ad90-52cbb67ee2ad")
}
