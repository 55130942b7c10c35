package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveDataPlaintextRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SensitiveDataPlaintextRule();
    }

    @Test
    void shouldReportSecretsInTextColumnsAtTheirLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE users (id bigint, password_hash text);\n"
                + "ALTER TABLE users ADD COLUMN api_token varchar(64);\nALTER TABLE users ADD COLUMN ssn char(11);");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Column users.api_token stores varchar plain text");
    }

    @Test
    void shouldAcceptBinaryAndProtectedColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE cards (credit_card varbinary(256), card_number_last4 char(4),"
                + " token_expires_at datetime, reset_token_id bigint);")).isEmpty();
    }

    @Test
    void shouldUseTheConfiguredPatterns() {
        assertThat(lines(findings(SqlEngine.MYSQL, Map.of("list", List.of("email")), "",
                "CREATE TABLE u (email varchar(255), password varchar(255));"))).containsExactly(1);
    }
}
