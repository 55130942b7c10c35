package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxErrorRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SyntaxErrorRule();
    }

    @Test
    void shouldReportAMisspeltKeywordAtItsLineAndColumn() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "SELECT 1;\n\n  SELEC * FROM orders;");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.column()).isEqualTo(3);
            assertThat(finding.message()).contains("SELEC");
        });
    }

    @Test
    void shouldReportAnUnclosedParenthesisWhereItOpens() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (\n  id int,\n  total decimal(10,2\n);");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.column()).isEqualTo(16);
        });
    }

    @Test
    void shouldReportATrailingCommaAndAMisspeltObjectKind() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id int,);\nCREATE TABEL u (id int);")))
                .containsExactly(1, 2);
    }

    @Test
    void shouldReportAnUnterminatedStringAsAFindingNotACrash() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "SELECT 1;\nINSERT INTO t VALUES ('oops);\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.message()).contains("Unterminated");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DO $$ BEGIN PERFORM 1; END $$;",
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customers (id) NOT VALID;",
        "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer;",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_a ON orders (a);",
        "ALTER TYPE mood ADD VALUE 'happy';",
        "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE numeric(12,2);",
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$;",
        "CREATE POLICY tenant_isolation ON orders USING (tenant_id = current_setting('app.tenant')::bigint);",
        "ALTER TABLE notes ADD CONSTRAINT ck_body CHECK (body <> E'it\\'s') NOT VALID;"})
    void shouldNotReportValidPostgreSqlThatJSqlParserDoesNotSupport(String sql) {
        assertThat(findings(SqlEngine.POSTGRESQL, sql)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer;",
        "CREATE PROCEDURE p() BEGIN SELECT 1; END;",
        "ALTER TABLE orders ADD COLUMN note text, ALGORITHM=INSTANT;",
        "ALTER TABLE notes ADD CONSTRAINT ck_body CHECK (body <> 'it\\'s (quoted)'), ALGORITHM=INPLACE;"})
    void shouldNotReportValidMySqlThatJSqlParserDoesNotSupport(String sql) {
        assertThat(findings(SqlEngine.MYSQL, sql)).isEmpty();
    }
}
