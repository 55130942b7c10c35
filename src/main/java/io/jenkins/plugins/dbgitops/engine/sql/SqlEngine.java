package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The database engines the project understands, for splitting, review and deployment. */
public enum SqlEngine {
    POSTGRESQL,
    MYSQL,
    MARIADB,
    H2,
    SQLITE;

    /** The lower-case name used in configuration files, flags and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** MySQL and MariaDB share syntax (backticks, {@code DELIMITER}, {@code #} comments) and driver behaviour. */
    public boolean isMySqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    /**
     * Parses a configured engine name; accepts common aliases such as {@code postgres} and {@code pg}.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static SqlEngine fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgres":
            case "pg":
            case "pgsql":
                return POSTGRESQL;
            default:
                break;
        }
        for (SqlEngine engine : values()) {
            if (engine.id().equals(key)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("Unknown database engine '" + name + "': use one of "
                + Arrays.stream(values()).map(SqlEngine::id).collect(Collectors.joining(", ")) + ".");
    }

    /** Infers the engine from a JDBC URL such as {@code jdbc:postgresql://host/db}. */
    public static SqlEngine fromJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:")) {
            return MARIADB;
        }
        if (lower.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("Cannot tell the database engine from the JDBC URL '"
                + JdbcUrls.redact(url) + "': use a jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:h2: or jdbc:sqlite: URL.");
    }

    @Override
    public String toString() {
        return id();
    }
}
