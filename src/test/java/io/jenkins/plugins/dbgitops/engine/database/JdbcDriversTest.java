package io.jenkins.plugins.dbgitops.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections inside Jenkins: the engine's classes come from the plugin's class loader, while the thread's context
 * class loader is the web application's, which cannot see the drivers the plugin bundles. Here the engine is loaded
 * by a class loader of its own (as a plugin's) and the context class loader sees nothing at all.
 */
class JdbcDriversTest {
    @TempDir
    Path temp;

    private static ClassLoader pluginLikeLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static boolean connectsFrom(ClassLoader engine, String url) throws Exception {
        Class<?> targetType = engine.loadClass(DatabaseTarget.class.getName());
        Object target = targetType.getMethod("of", String.class, String.class, String.class, String.class)
                .invoke(null, "db", url, null, null);
        Method open = engine.loadClass(Connections.class.getName()).getMethod("open", targetType);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new URLClassLoader(new URL[0], null));
        try (Connection connection = (Connection) open.invoke(null, target)) {
            return connection.isValid(2) && connection.getClass().getClassLoader() == engine;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void shouldConnectWhenTheContextClassLoaderCannotSeeTheDrivers() throws Exception {
        ClassLoader engine = pluginLikeLoader();

        assertThat(connectsFrom(engine, "jdbc:h2:mem:isolated;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(connectsFrom(engine, "jdbc:sqlite:" + temp.resolve("isolated.db"))).isTrue();
    }

    @Test
    void shouldSendMySqlUrlsToTheMariaDbDriverWithItsMySqlScheme() {
        assertThat(JdbcDrivers.forUrl("jdbc:mysql://db:3306/app")).get()
                .extracting(driver -> driver.getClass().getName()).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(JdbcDrivers.driverUrl("jdbc:mysql://db:3306/app")).isEqualTo(
                "jdbc:mysql://db:3306/app?permitMysqlScheme");
        assertThat(JdbcDrivers.driverUrl("jdbc:mysql://db:3306/app?useSSL=false")).isEqualTo(
                "jdbc:mysql://db:3306/app?useSSL=false&permitMysqlScheme");
        assertThat(JdbcDrivers.driverUrl("jdbc:postgresql://db/app")).isEqualTo("jdbc:postgresql://db/app");
        assertThat(JdbcDrivers.forUrl("jdbc:oracle:thin:@db:1521/app")).isEmpty();
    }
}
