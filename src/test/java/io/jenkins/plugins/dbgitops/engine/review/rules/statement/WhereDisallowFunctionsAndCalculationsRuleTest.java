package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereDisallowFunctionsAndCalculationsRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new WhereDisallowFunctionsAndCalculationsRule();
    }

    private static final String SCHEMA = "CREATE TABLE tech_book (id int PRIMARY KEY, name varchar(64), creator varchar(64));\n"
            + "CREATE INDEX idx_name ON tech_book (name);\n"
            + "CREATE TABLE orders (order_id int PRIMARY KEY, customer_name varchar(64), amount int, note text);\n"
            + "CREATE INDEX idx_customer ON orders (customer_name);\n"
            + "CREATE INDEX idx_amount ON orders (amount);";

    @Test
    void shouldFlagEachViolationNamingFunctionAndColumn() {
        // Bytebase: SELECT * FROM tech_book WHERE ABS(id) > 5 AND UPPER(name) = 'test' gives two advices
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "SELECT id FROM tech_book WHERE UPPER(creator) = 'x';\n"
                        + "SELECT id FROM tech_book WHERE ABS(id) > 5 AND UPPER(name) = 'test';");

        assertThat(lines(findings)).containsExactly(2, 2);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Function \"ABS\" is applied to indexed column \"id\" in the WHERE clause, which prevents index usage.",
                "Function \"UPPER\" is applied to indexed column \"name\" in the WHERE clause, which prevents index usage.");
    }

    @Test
    void shouldFlagCalculationsInSubqueriesAndDeletesButNotOnTheValueSide() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), SCHEMA,
                "SELECT id FROM tech_book WHERE id = ABS(-5);\n"
                        + "SELECT id FROM tech_book WHERE NOT EXISTS (SELECT 1 FROM orders WHERE amount + 10 > 100);\n"
                        + "DELETE FROM tech_book WHERE -id > -5;\n"
                        + "SELECT id FROM unknown_table WHERE UPPER(col) = 'test';");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Calculation is applied to indexed column \"amount\"");
    }

    @Test
    void shouldResolveJoinAliases() {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "SELECT t.id FROM tech_book t JOIN orders o ON t.id = o.order_id WHERE UPPER(o.note) = 'x';")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "SELECT t.id FROM tech_book t JOIN orders o ON t.id = o.order_id WHERE UPPER(o.customer_name) = 'x';"))
                .hasSize(1);
    }

    @Test
    void shouldResolveCorrelatedColumnsThroughTheEnclosingQuery() {
        // Bytebase: an unqualified column no local table has is looked up in the outer query, unless a local source
        // (a derived table, a CTE) may hold it
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "SELECT * FROM tech_book t WHERE EXISTS (SELECT 1 FROM orders o WHERE UPPER(t.name) = 'x');\n"
                        + "SELECT * FROM tech_book t WHERE EXISTS (SELECT 1 FROM orders o WHERE ABS(id) > 0);\n"
                        + "SELECT * FROM tech_book t WHERE EXISTS (SELECT 1 FROM (SELECT 1 AS x) d WHERE ABS(id) > 0);\n"
                        + "WITH tech_book AS (SELECT 1 AS name) SELECT * FROM tech_book WHERE UPPER(name) = 'x';");

        assertThat(lines(findings)).containsExactly(1, 2);
    }

    @Test
    void shouldJudgeThePostgresFiltersOfInsertMergeAndReturning() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "INSERT INTO orders (order_id) VALUES (1) ON CONFLICT (order_id) DO UPDATE SET note = 'x'"
                        + " WHERE UPPER(orders.customer_name) = 'A';\n"
                        + "MERGE INTO orders t USING tech_book b ON (t.order_id = b.id) WHEN MATCHED AND t.amount * 2 > 1"
                        + " THEN UPDATE SET note = 'x';\n"
                        + "UPDATE orders SET note = 'x' WHERE order_id = 1"
                        + " RETURNING (SELECT COUNT(*) FROM tech_book WHERE UPPER(name) = 'X');\n"
                        + "SELECT * FROM tech_book WHERE id ^ 2 > 10 GROUP BY id HAVING ABS(id) > 1;");

        assertThat(lines(findings)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void shouldLeaveJoinConditionsToPostgresAsBytebaseDoes() {
        String join = "SELECT * FROM tech_book t JOIN orders o ON UPPER(o.customer_name) = t.name;";

        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA, join)).hasSize(1);
        assertThat(findings(SqlEngine.MYSQL, Map.of(), SCHEMA, join)).isEmpty();
    }
}
