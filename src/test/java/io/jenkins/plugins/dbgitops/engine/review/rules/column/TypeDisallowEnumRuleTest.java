package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeDisallowEnumRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TypeDisallowEnumRule();
    }

    @Test
    void shouldReportPostgreSqlEnumTypesAndMySqlSetColumns() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TYPE mood AS (a int);\nCREATE TYPE order_status AS ENUM ('new', 'paid');");
        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Type order_status is an ENUM");
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD COLUMN flags SET('a', 'b');"))).containsExactly(1);
    }

    @Test
    void shouldAcceptAVarcharNamedEnum() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (`enum` varchar(10), `set` int);")).isEmpty();
    }
}
