package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;

/** H2: DDL commits the open transaction (as in Flyway's H2 support), so files run like on MySQL; a lock row. */
final class H2Dialect extends Dialect {
    H2Dialect() {
        super(SqlEngine.H2, false);
    }

    @Override
    protected String textType() {
        return "CHARACTER VARYING";
    }
}
