package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowOnDeleteCascadeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowOnDeleteCascadeRule();
    }

    @Test
    void shouldFlagOnlyTheCreateTableWithCascadeAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "TRUNCATE TABLE tech_book CASCADE;\n"
                + "DROP TABLE tech_book CASCADE;\n"
                + "CREATE TABLE users (\n  tenant_id integer REFERENCES tenants ON DELETE CASCADE,\n"
                + "  user_id integer NOT NULL,\n  PRIMARY KEY (tenant_id, user_id)\n);");

        assertThat(lines(findings)).containsExactly(3);
    }

    @Test
    void shouldIgnoreCascadeInsideStringsAndFlagAlterTable() {
        assertThat(findings(SqlEngine.POSTGRESQL, "COMMENT ON TABLE users IS 'ON DELETE CASCADE COMMENT';")).isEmpty();
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE items ADD CONSTRAINT fk_items_order"
                + " FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;"))).containsExactly(1);
    }
}
