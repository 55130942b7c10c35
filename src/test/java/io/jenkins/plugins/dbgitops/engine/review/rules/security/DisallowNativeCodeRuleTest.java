package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowNativeCodeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowNativeCodeRule();
    }

    @Test
    void shouldReportUntrustedLanguagesAndCreateLanguageInPostgreSql() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
                + "CREATE FUNCTION g() RETURNS text LANGUAGE plpython3u AS $$ return open('/etc/passwd').read() $$;\n"
                + "CREATE LANGUAGE plperlu;\nLOAD 'auto_explain';");

        assertThat(lines(findings)).containsExactly(2, 3, 4);
        assertThat(findings.get(0).message()).startsWith("The routine is written in LANGUAGE PLPYTHON3U");
    }

    @Test
    void shouldReportPluginsInMySqlButNotAnSqlFunction() {
        assertThat(lines(findings(SqlEngine.MARIADB, "CREATE FUNCTION one() RETURNS int DETERMINISTIC RETURN 1;\n"
                + "INSTALL PLUGIN server_audit SONAME 'server_audit';"))).containsExactly(2);
    }
}
