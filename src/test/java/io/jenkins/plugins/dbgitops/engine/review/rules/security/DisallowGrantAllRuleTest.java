package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowGrantAllRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowGrantAllRule();
    }

    @Test
    void shouldReportMySqlGrantAllOnADatabaseThatJSqlParserCannotParse() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "GRANT SELECT ON shop.* TO 'app'@'localhost';\nGRANT ALL PRIVILEGES ON shop.* TO 'app'@'localhost';");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("GRANT ALL on shop.*");
    }

    @Test
    void shouldIgnoreRevokeAll() {
        assertThat(findings(SqlEngine.POSTGRESQL, "REVOKE ALL ON orders FROM PUBLIC;")).isEmpty();
    }
}
