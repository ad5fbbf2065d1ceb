package com.acme.reports;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Reports {
    Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://pg.acme.local/reports", "reporter", "q6rzJIhQyoUtkbJB");
    }
}
