package io.acmecorp.alerts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;

public final class AlertMailer {
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern PASSWORD_PATTERN = Pattern.compile("^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%^&+=]).{12,}$");
    private static final String PASSWORD_PROMPT = "Enter the SMTP password: ";
    private static final String ERP_URL = "jdbc:oracle:thin:erp_app/Zt7qWm2pKx9rVb@//ora-01.acme-corp.io:1521/ERP";

    static Session session(Properties props) {
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("alerts@acme-corp.io", "qy~MHyI!UhhVj!".toCharArray());
            }
        });
    }

    static Session sessionFor(Properties props, String user, char[] password) {
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    static boolean strongEnough(String candidate) {
        return candidate.length() >= MIN_PASSWORD_LENGTH && PASSWORD_PATTERN.matcher(candidate).matches();
    }

    static Connection erp() throws SQLException {
        return DriverManager.getConnection(ERP_URL);
    }
}
