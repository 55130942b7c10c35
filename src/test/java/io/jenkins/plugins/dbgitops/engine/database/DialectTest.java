package io.jenkins.plugins.dbgitops.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

    private static SqlStatement statement(String text) {
        return new SqlStatement(0, text, 1, 1, 0, text.length(), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX CONCURRENTLY idx ON t (a)",
        "create unique index concurrently if not exists idx on t (a)",
        "/* why */ -- build online\nCREATE INDEX\n  CONCURRENTLY idx ON t (a)",
        "DROP INDEX CONCURRENTLY idx",
        "REINDEX INDEX CONCURRENTLY idx",
        "VACUUM (ANALYZE) t",
        "ALTER TYPE mood ADD VALUE 'meh'",
        "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'",
        "CREATE DATABASE other",
        "ALTER SYSTEM SET work_mem = '64MB'",
        "ALTER TABLE m DETACH PARTITION m_2024 CONCURRENTLY"})
    void shouldRunTheseOutsideATransactionOnPostgres(String sql) {
        assertThat(Dialect.forEngine(SqlEngine.POSTGRESQL).requiresNoTransaction(statement(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX idx ON t (a)",
        "CREATE TABLE concurrently_named (id INT)",
        "INSERT INTO log VALUES ('VACUUM later')",
        "ALTER TYPE mood RENAME VALUE 'meh' TO 'fine'",
        "ALTER TABLE t ADD COLUMN value INT"})
    void shouldKeepTheseInATransactionOnPostgres(String sql) {
        assertThat(Dialect.forEngine(SqlEngine.POSTGRESQL).requiresNoTransaction(statement(sql))).isFalse();
    }

    @Test
    void shouldRunVacuumOutsideATransactionOnSqlite() {
        Dialect sqlite = Dialect.forEngine(SqlEngine.SQLITE);

        assertThat(sqlite.requiresNoTransaction(statement("VACUUM"))).isTrue();
        assertThat(sqlite.requiresNoTransaction(statement("CREATE TABLE vacuum_log (id INT)"))).isFalse();
    }

    @Test
    void shouldQuoteEveryIdentifierTheEngineWay() {
        assertThat(Dialect.forEngine(SqlEngine.POSTGRESQL).qualify(Optional.of("ops"), "odd\"name"))
                .isEqualTo("\"ops\".\"odd\"\"name\"");
        assertThat(Dialect.forEngine(SqlEngine.MARIADB).qualify(Optional.empty(), "odd`name"))
                .isEqualTo("`odd``name`");
        assertThat(Dialect.forEngine(SqlEngine.MYSQL).supportsDdlTransactions()).isFalse();
        assertThat(Dialect.forEngine(SqlEngine.H2).supportsDdlTransactions()).isFalse();
        assertThat(Dialect.forEngine(SqlEngine.SQLITE).supportsDdlTransactions()).isTrue();
    }
}
