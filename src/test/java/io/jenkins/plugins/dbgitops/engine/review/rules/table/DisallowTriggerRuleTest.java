package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class DisallowTriggerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowTriggerRule();
    }

    @Test
    void shouldIgnoreDroppingTriggers() {
        assertThat(findings(SqlEngine.POSTGRESQL, "DROP TRIGGER IF EXISTS trg ON t;")).isEmpty();
    }

    @Test
    void shouldReportPostgresqlAndMySqlTriggers() {
        String pg = "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;\n"
                + "CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, pg))).containsExactly(2);
        assertThat(lines(findings(SqlEngine.MYSQL,
                "CREATE DEFINER=`root`@`%` TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;")))
                .containsExactly(1);
    }
}
