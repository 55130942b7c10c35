package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowCrossDbQueriesRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowCrossDbQueriesRule();
    }

    @Test
    void shouldFlagAnotherDatabaseThanTheUsedOneOnMySql() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "USE shop;\nSELECT id FROM shop.orders WHERE id = 1;\nSELECT id FROM billing.invoices WHERE id = 1;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("database(s) billing:");
    }

    @Test
    void shouldAcceptSchemaQualifiedNamesOnPostgresql() {
        assertThat(findings(SqlEngine.POSTGRESQL,
                "INSERT INTO archive.orders (id) SELECT id FROM public.orders WHERE id < 10;")).isEmpty();
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "UPDATE t SET a = 1 WHERE id IN (SELECT id FROM other_db.public.t WHERE b = 2);"))).containsExactly(1);
    }
}
