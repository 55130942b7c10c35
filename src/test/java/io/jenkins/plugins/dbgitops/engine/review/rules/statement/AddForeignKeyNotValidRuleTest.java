package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddForeignKeyNotValidRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddForeignKeyNotValidRule();
    }

    @Test
    void shouldFlagAForeignKeyAddedToATableOfAnEarlierMigrationOnItsLine() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);\nCREATE TABLE customers (id bigint PRIMARY KEY);";
        String change = "-- Bytebase's case: the key is validated\nALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldFlagAColumnAddedWithReferences() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("referenced");
    }

    @Test
    void shouldExemptATableCreatedInTheSameChange() {
        String change = "CREATE TABLE task (id bigint PRIMARY KEY);\nCREATE TABLE task_run (id bigint PRIMARY KEY, task_id bigint NOT NULL);\nALTER TABLE task_run ADD CONSTRAINT fk_task FOREIGN KEY (task_id) REFERENCES task (id);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
