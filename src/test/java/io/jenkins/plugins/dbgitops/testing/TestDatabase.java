package io.jenkins.plugins.dbgitops.testing;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A fresh, empty database on a real engine, created for one test. */
public record TestDatabase(SqlEngine engine, String url, String user, String password) {

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
