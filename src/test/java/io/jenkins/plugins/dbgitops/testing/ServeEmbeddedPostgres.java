package io.jenkins.plugins.dbgitops.testing;

import java.io.IOException;

/**
 * Starts the tests' embedded PostgreSQL 17 for a process outside the tests (the live Jenkins driver in
 * tools/jenkins-live), prints {@code PORT <n>} and serves until its standard input closes.
 */
public final class ServeEmbeddedPostgres {
    private ServeEmbeddedPostgres() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("PORT " + EmbeddedDatabases.postgresPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the caller to close our standard input
        }
        System.exit(0);
    }
}
