package io.jenkins.plugins.dbgitops.engine.database;

/** H2: DDL commits the open transaction (as in Flyway's H2 support), so files run like on MySQL; a lock row. */
final class H2Dialect extends Dialect {
    static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public boolean supportsDdlTransactions() {
        return false;
    }

    @Override
    protected String textType() {
        return "CHARACTER VARYING";
    }
}
