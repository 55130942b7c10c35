package io.jenkins.plugins.dbgitops.engine.database;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.JdbcUrls;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Objects;

/**
 * One database to migrate: a display name, a JDBC URL and credentials. The password never leaves this object:
 * {@link #toString()} and every message built from a target use {@link #redactedUrl()} and omit the password.
 *
 * @param name     a short name for progress lines and reports, such as {@code orders-eu}
 * @param url      the JDBC URL; may carry credentials, which are redacted wherever the URL is shown
 * @param user     the user, or {@code null} to use the URL's or the driver's default
 * @param password the password, or {@code null}
 * @param engine   the engine, inferred from the URL by the factories
 */
public record DatabaseTarget(String name, String url, String user, @JsonIgnore String password, SqlEngine engine) {

    public DatabaseTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(engine, "engine");
        name = name == null || name.isBlank() ? defaultName(url) : name;
    }

    /**
     * A target whose engine is inferred from the URL.
     *
     * @throws UserInputException when the URL names no supported engine
     */
    public static DatabaseTarget of(String name, String url, String user, String password) {
        SqlEngine engine;
        try {
            engine = SqlEngine.fromJdbcUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return new DatabaseTarget(name, url, user, password, engine);
    }

    /** A target named after the database in its URL (the last path segment, without parameters). */
    public static DatabaseTarget of(String url, String user, String password) {
        return of(null, url, user, password);
    }

    /** The URL with credentials removed, safe for logs and reports. */
    public String redactedUrl() {
        return JdbcUrls.redact(url);
    }

    /** A text safe to show: the name and the redacted URL. */
    public String describe() {
        return "'" + name + "' (" + redactedUrl() + ")";
    }

    /**
     * Removes the password and the raw URL from a text that came from a driver; drivers sometimes echo both.
     * Also keeps only the first line, so messages stay one line long.
     */
    public String sanitize(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        if (password != null && !password.isEmpty()) {
            result = result.replace(password, "****");
        }
        result = result.replace(url, redactedUrl());
        return JdbcUrls.redact(result);
    }

    @Override
    public String toString() {
        return "DatabaseTarget[name=" + name + ", url=" + redactedUrl() + ", user=" + user + ", engine=" + engine + "]";
    }

    private static String defaultName(String url) {
        String withoutParameters = url.split("[?;]", 2)[0];
        int slash = withoutParameters.lastIndexOf('/');
        int colon = withoutParameters.lastIndexOf(':');
        String last = withoutParameters.substring(Math.max(slash, colon) + 1);
        return last.isBlank() ? JdbcUrls.redact(url) : last;
    }
}
