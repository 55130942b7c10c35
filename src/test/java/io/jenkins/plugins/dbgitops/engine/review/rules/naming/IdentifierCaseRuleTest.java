package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifierCaseRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IdentifierCaseRule();
    }

    @Test
    void shouldAcceptUnquotedMixedCaseInPostgresqlWhichFoldsIt() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE Orders (Id int PRIMARY KEY);")).isEmpty();
    }

    @Test
    void shouldReportMixedCaseInMySqlAndLowerCaseWhenUpperIsRequired() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE orders (\n  Id int PRIMARY KEY\n);"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.line()).isEqualTo(2);
                    assertThat(finding.message()).isEqualTo("Identifier `Id` should be lower case.");
                });
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of("upper", true), "", "CREATE TABLE \"ORDERS\" (id int);"))
                .extracting(Finding::message).containsExactly("Identifier \"id\" should be upper case.");
    }
}
