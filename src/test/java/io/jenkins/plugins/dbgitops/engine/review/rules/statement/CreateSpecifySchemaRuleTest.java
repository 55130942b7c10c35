package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateSpecifySchemaRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CreateSpecifySchemaRule();
    }

    @Test
    void shouldFlagEachUnqualifiedTable() {
        String change = "CREATE TABLE public.a (id int);\nCREATE TABLE b (id int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("b");
    }

    @Test
    void shouldExemptTemporaryTables() {
        String change = "CREATE TEMPORARY TABLE scratch (id int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldAcceptQuotedSchemas() {
        String change = "CREATE TABLE \"Sales\".orders (id int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldCheckAlterAndDropOnlyWithThePayload() {
        String change = "ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE IF EXISTS ONLY public.orders ADD COLUMN x int;\n"
                + "DROP TABLE IF EXISTS public.a, b;";

        List<Finding> withPayload = findings(SqlEngine.POSTGRESQL, Map.of("alterAndDrop", true), "", change);
        List<Finding> without = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(withPayload)).containsExactly(1, 3);
        assertThat(withPayload.get(1).message()).contains("Table b ");
        assertThat(without).isEmpty();
    }
}
