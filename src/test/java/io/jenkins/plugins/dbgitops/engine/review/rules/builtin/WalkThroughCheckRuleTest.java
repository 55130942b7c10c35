package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkThroughCheckRuleTest extends AbstractRuleTest {
    private static final String HISTORY = "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2));\n";

    @Override
    protected Rule rule() {
        return new WalkThroughCheckRule();
    }

    @Test
    void shouldReportATableThatDoesNotExistWhenTheHistoryIsComplete() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY,
                "ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE order_items ADD COLUMN note text;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("order_items").contains("does not exist");
        assertThat(findings.get(0).column()).isEqualTo(13);
    }

    @Test
    void shouldStopReportingMissingObjectsAfterADoBlockThatChangesTables() {
        String doBlock = "DO $$ BEGIN EXECUTE 'CREATE TABLE ' || 'audit_2025' || ' (id bigint)'; END $$;\n";
        String change = "ALTER TABLE audit_2025 ADD COLUMN note text;\nALTER TABLE orders DROP COLUMN nope;";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY, change))).containsExactly(1, 2);
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY + doBlock, change))
                .as("the DO block may have created or changed any table").isEmpty();
    }

    @Test
    void shouldNotReportMissingTablesWithoutTheHistory() {
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE order_items ADD COLUMN note text;")).isEmpty();
    }

    @Test
    void shouldFollowRenamesAndMySqlChangeColumn() {
        String change = "ALTER TABLE orders RENAME COLUMN total TO amount;\n"
                + "ALTER TABLE orders CHANGE COLUMN amount total_amount decimal(10,2);\n"
                + "RENAME TABLE orders TO purchases;\n"
                + "UPDATE purchases SET total_amount = 0 WHERE id = 1;\n"
                + "UPDATE orders SET total = 0 WHERE id = 1;";

        assertThat(lines(findings(SqlEngine.MYSQL, Map.of(), HISTORY, change))).containsExactly(5);
    }

    @Test
    void shouldReportDuplicateTablesAndColumnsAndMissingIndexColumns() {
        String change = "CREATE TABLE customers (id bigint PRIMARY KEY);\n"
                + "ALTER TABLE customers ADD COLUMN email text;\n"
                + "CREATE INDEX idx_orders_status ON orders (status);\n"
                + "CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY);";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY, change))).containsExactly(1, 2, 3);
    }

    @Test
    void shouldFollowStatementsJSqlParserRejects() {
        String change = "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID;\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS idx_unknown;\n"
                + "INSERT INTO orders (id, customer_id, total) VALUES (1, 1, 10);\n"
                + "INSERT INTO orders (id, customer, total) VALUES (2, 1, 10);";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY, change))).containsExactly(4);
    }

    @Test
    void shouldStopCheckingColumnsOfATableChangedByAnUnparsableStatement() {
        String change = "ALTER TABLE orders ALTER COLUMN total SET DATA TYPE numeric(12,2), ADD COLUMN x int"
                + " GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 2 CYCLE) FOOBAR;\n"
                + "UPDATE orders SET x = 1 WHERE id = 1;";

        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY, change)).isEmpty();
    }

    @Test
    void shouldTakeTheSameNamesAsSimpleColumnNamesAsTheRegexItReplaces() {
        // Given names that are plain, quoted, half quoted, empty, or expressions
        List<String> names = List.of("total", "\"total\"", "`total`", "\"total", "total`", "t$1_x", "\"\"", "\"",
                "``", "\"\"\"", "", "a", "a\"b", "\"a\"b", "lower(x)", "a.b", "é", "x y", "`a\"", "\"a`", "_", "$");

        // Then the hand-written test agrees with the pattern on each
        for (String name : names) {
            assertThat(WalkedNames.isSimpleName(name)).as(name)
                    .isEqualTo(name.matches("[\"`]?[\\w$]+[\"`]?"));
        }
    }

    @Test
    void shouldPointAtAMissingColumnWrittenInAnotherCase() {
        // Given a history and an UPDATE naming a missing column in upper case, after a column with the same prefix
        String change = "UPDATE orders SET total = 0, TOTAL_X = 1 WHERE id = 1;";

        // When reviewed
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), HISTORY, change);

        // Then the finding points at the first case-insensitive occurrence of the name
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).column()).isEqualTo(change.toLowerCase(Locale.ROOT).indexOf("total_x") + 1);
    }
}
