package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JoinStrictColumnAttrsRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new JoinStrictColumnAttrsRule();
    }

    private static final String SCHEMA = "CREATE TABLE customers (id bigint PRIMARY KEY, code varchar(10));\n"
            + "CREATE TABLE orders (id int(11) PRIMARY KEY, customer_id int, customer_code varchar(20));";

    @Test
    void shouldReportTheTwoColumnsAndTheirTypes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), SCHEMA,
                "SELECT o.id FROM orders o JOIN customers c ON c.code = o.customer_code WHERE o.id > 0;");

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).startsWith("JOIN compares c.code (varchar (10)) with o.customer_code");
    }

    @Test
    void shouldIgnoreDisplayWidthAndUnknownColumns() {
        assertThat(findings(SqlEngine.MYSQL, Map.of(), SCHEMA,
                "SELECT o.id FROM orders o JOIN orders p ON p.id = o.customer_id WHERE o.id > 0;\n"
                        + "SELECT o.id FROM orders o JOIN shipments s ON s.order_id = o.id WHERE o.id > 0;")).isEmpty();
    }

    @Test
    void shouldTreatSerialTypesAsTheirIntegerTypes() {
        String earlier = "CREATE TABLE customers (id bigserial PRIMARY KEY);\n"
                + "CREATE TABLE orders (id serial PRIMARY KEY, customer_id int8, parent_id integer);";

        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), earlier,
                "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id JOIN orders p ON p.id = o.parent_id"
                        + " WHERE o.id > 0;")).isEmpty();
    }
}
