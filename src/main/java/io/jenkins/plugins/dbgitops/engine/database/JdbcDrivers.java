package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.Driver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled JDBC drivers, loaded through the engine's own class loader and called directly.
 *
 * <p>{@code java.sql.DriverManager} finds drivers through the calling thread's context class loader; inside Jenkins
 * that is the web application's loader, which cannot see the drivers a plugin bundles, so every connection would
 * fail with "no suitable driver" on the controller and on agents alike. Asking the driver class itself needs no
 * registration and works wherever the engine's classes are.
 *
 * <p>{@code jdbc:mysql:} URLs go to the bundled MariaDB driver with its {@code permitMysqlScheme} option, which makes
 * it accept that scheme: one driver (LGPL) for MySQL and MariaDB rather than a second, GPL-licensed one in the
 * plugin.
 */
public final class JdbcDrivers {
    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    private static final String PERMIT_MYSQL_SCHEME = "permitMysqlScheme";
    private static final List<Map.Entry<String, String>> DRIVERS = List.of(
            Map.entry("jdbc:postgresql:", "org.postgresql.Driver"),
            Map.entry("jdbc:mariadb:", "org.mariadb.jdbc.Driver"),
            Map.entry(MYSQL_SCHEME, "org.mariadb.jdbc.Driver"),
            Map.entry("jdbc:h2:", "org.h2.Driver"),
            Map.entry("jdbc:sqlite:", "org.sqlite.JDBC"));
    private static final Map<String, Driver> LOADED = new ConcurrentHashMap<>();

    private JdbcDrivers() {
    }

    /** The bundled driver for {@code url}, or empty for a URL of another kind. */
    public static Optional<Driver> forUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> driver : DRIVERS) {
            if (lower.startsWith(driver.getKey())) {
                return Optional.of(LOADED.computeIfAbsent(driver.getValue(), JdbcDrivers::load));
            }
        }
        return Optional.empty();
    }

    /**
     * The URL as the bundled driver accepts it: a {@code jdbc:mysql:} URL gains {@code permitMysqlScheme}; any other
     * is returned as it is.
     */
    public static String driverUrl(String url) {
        if (!url.regionMatches(true, 0, MYSQL_SCHEME, 0, MYSQL_SCHEME.length()) || url.contains(PERMIT_MYSQL_SCHEME)) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? "?" : "&") + PERMIT_MYSQL_SCHEME;
    }

    private static Driver load(String className) {
        try {
            return (Driver) Class.forName(className, true, JdbcDrivers.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("The bundled JDBC driver " + className + " cannot be loaded: "
                    + e + ". The installation is incomplete; reinstall the plugin or use dbgitops.jar.", e);
        }
    }
}
