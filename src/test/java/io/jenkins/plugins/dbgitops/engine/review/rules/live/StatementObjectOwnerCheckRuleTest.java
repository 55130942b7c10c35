package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementObjectOwnerCheckRuleTest extends AbstractDatabaseRuleTest {

    @Override
    protected Rule rule() {
        return new StatementObjectOwnerCheckRule();
    }

    /** Bytebase's pg/test/statement_object_owner_check.yaml: the test role owns everything there, no advice. */
    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE public.t(id int);", "CREATE SCHEMA s1;", "CREATE SEQUENCE public.seq1;",
        "CREATE INDEX idx_t_id ON public.tech_book(id);", "CREATE TYPE public.mood AS ENUM ('sad', 'happy');"})
    void shouldAcceptBytebasesCasesWhenTheRoleOwnsTheSchema(String sql) {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), "", sql)).isEmpty();
        assertThat(findingsWithoutDatabase(SqlEngine.POSTGRESQL, sql)).isEmpty();
    }

    @Test
    void shouldNameTheOwnerAndTheRole() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "",
                "ALTER TABLE orders ADD COLUMN a int;\nALTER TABLE IF EXISTS ONLY public.app_owned ADD COLUMN b int;\n"
                        + "ALTER TABLE no_such_table ADD COLUMN c int;\nCREATE INDEX ON app_owned (id);");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.message()).isEqualTo(
                    "Table \"app_owned\" is owned by \"app_owner\", but the current role is \"postgres\".");
        });
    }
}
