package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryKeyTypeAllowlistRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PrimaryKeyTypeAllowlistRule();
    }

    @Test
    void shouldTreatAliasesAsTheirCanonicalType() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id integer PRIMARY KEY);\n"
                + "CREATE TABLE u (id int8, CONSTRAINT pk_u PRIMARY KEY (id));")).isEmpty();
    }

    @Test
    void shouldReportEachKeyColumnOutsideTheList() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("list", List.of("bigint")), "",
                "CREATE TABLE t (\n  a int,\n  b bigint,\n  PRIMARY KEY (a, b)\n);");

        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("The column `a` in table `t` is one of the primary key, but its type \"int\" is not "
                        + "in allowlist.");
    }
}
