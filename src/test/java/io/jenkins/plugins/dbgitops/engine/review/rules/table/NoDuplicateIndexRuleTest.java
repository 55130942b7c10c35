package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoDuplicateIndexRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoDuplicateIndexRule();
    }

    @Test
    void shouldAcceptOtherOrdersUniquenessOrMethods() {
        // Bytebase mysql/test/table_no_duplicate_index.yaml
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int, KEY k1 (a, b), KEY k2 (b, a));")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT,\n"
                + "  INDEX (customer_id), UNIQUE (customer_id));")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(50));\n"
                + "CREATE INDEX idx_customer_btree USING BTREE ON orders (customer);\n"
                + "CREATE INDEX idx_customer_hash USING HASH ON orders (customer);")).isEmpty();
    }

    @Test
    void shouldReportDuplicatesWithinTheStatementAndAgainstTheCatalog() {
        List<Finding> unnamed = findings(SqlEngine.MYSQL, "CREATE TABLE orders (\n  id INT PRIMARY KEY,\n"
                + "  order_number INT,\n  customer_id INT,\n  INDEX (customer_id),\n  INDEX (order_number),\n"
                + "  INDEX (customer_id)\n);");

        assertThat(lines(unnamed)).containsExactly(7);
        assertThat(unnamed.get(0).message()).startsWith("`orders` has duplicate index ``");

        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(50));\n"
                + "CREATE INDEX idx_customer ON orders (customer, (order_number * 2));\n"
                + "CREATE INDEX idx_customer_duplicate ON orders (customer, (order_number * 2));");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("`orders` has duplicate index `idx_customer_duplicate`");
        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), "CREATE TABLE t (id int PRIMARY KEY, a int);",
                "CREATE UNIQUE INDEX uk_t_id ON t (id);"))).containsExactly(1);
    }
}
