package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the demo deploys: in-process H2 databases (the default: nothing to start), or one database per target on a
 * real embedded server started for the run and stopped after it.
 */
abstract class DemoDatabases implements AutoCloseable {
    /** The databases of the server configuration, one per target. */
    static final List<String> DATABASES = List.of("test_app", "test_reporting", "staging_acme", "staging_globex",
            "staging_initech", "prod_app");
    static final String H2_CONFIG = "/io/jenkins/plugins/dbgitops/cli/demo/dbgitops-demo.yaml";
    static final String SERVER_CONFIG = "/io/jenkins/plugins/dbgitops/cli/demo/dbgitops-demo-server.yaml";

    /** The engines the demo runs on. */
    enum Engine {
        h2, postgresql, mariadb
    }

    /**
     * The example project deployed to these databases.
     *
     * @param configResource the classpath resource of its configuration
     * @param dialect        the dialect of its migrations
     */
    record Example(String configResource, SqlEngine dialect) {
    }

    private final Example example;

    DemoDatabases(Example example) {
        this.example = example;
    }

    final Example example() {
        return example;
    }

    /** The variables the configuration names. */
    abstract Map<String, String> variables();

    /** What the demo says it runs on. */
    abstract String description();

    @Override
    public abstract void close();

    static DemoDatabases start(Engine engine, Path scratch) {
        try {
            return switch (engine) {
                case h2 -> new H2();
                case postgresql -> new PostgresDemoServer();
                case mariadb -> new MariaDbDemoServer(scratch);
            };
        } catch (NoClassDefFoundError e) {
            throw new UserInputException("--engine " + engine + " needs the embedded " + engine + " artifacts on the"
                    + " class path, which dbgitops.jar leaves out (" + e.getMessage() + " is missing): run it from"
                    + " the source tree with 'bench/run demo " + engine + "', or use the default --engine h2.", e);
        }
    }

    /** In-process H2 in PostgreSQL mode; a run id keeps runs in one JVM apart. */
    private static final class H2 extends DemoDatabases {
        private final Map<String, String> variables = Map.of("DEMO_RUN",
                "demo_" + UUID.randomUUID().toString().substring(0, 8));

        H2() {
            super(new Example(H2_CONFIG, SqlEngine.POSTGRESQL));
        }

        @Override
        Map<String, String> variables() {
            return variables;
        }

        @Override
        String description() {
            return "embedded H2 databases (PostgreSQL mode)";
        }

        @Override
        public void close() {
            // in-memory databases end with the JVM
        }
    }
}
