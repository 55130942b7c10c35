package io.jenkins.plugins.dbgitops.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FilesTest {
    @TempDir
    Path temp;

    @Test
    void shouldFindTheFolderOfFileUrlsOnly() {
        String home = System.getProperty("user.home");

        assertThat(H2Files.folderOf("jdbc:h2:file:/data/shop/test;MODE=PostgreSQL")).contains(Path.of("/data/shop"));
        assertThat(H2Files.folderOf("jdbc:h2:/data/shop/test")).contains(Path.of("/data/shop"));
        assertThat(H2Files.folderOf("jdbc:h2:~/dbs/test")).contains(Path.of(home, "dbs"));
        assertThat(H2Files.folderOf("jdbc:h2:./dbs/test")).contains(Path.of("dbs").toAbsolutePath());
        assertThat(H2Files.folderOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2Files.folderOf("jdbc:h2:tcp://localhost/~/test")).isEmpty();
        assertThat(H2Files.folderOf("jdbc:h2:zip:~/db.zip!/test")).isEmpty();
        assertThat(H2Files.folderOf("jdbc:postgresql://localhost/db")).isEmpty();
    }

    /** Without the folder made first, H2 2.3 failed about one connection in thirty here. */
    @Test
    void shouldConnectManyTargetsInOneNewFolderAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                Path folder = temp.resolve("round" + round).resolve("databases");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> connections = new ArrayList<>();
                for (int target = 0; target < 8; target++) {
                    DatabaseTarget database = DatabaseTarget.of("t" + target, "jdbc:h2:file:" + folder.resolve("db"
                            + target).toString().replace('\\', '/'), "sa", "");
                    connections.add(pool.submit(() -> {
                        start.await();
                        try (Connection connection = Connections.open(database)) {
                            return connection.isValid(5);
                        }
                    }));
                }
                start.countDown();
                for (Future<?> connection : connections) {
                    assertThat(connection.get()).isEqualTo(true);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
