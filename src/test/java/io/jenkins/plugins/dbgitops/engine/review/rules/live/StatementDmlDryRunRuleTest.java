package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementDmlDryRunRuleTest extends AbstractDatabaseRuleTest {

    @Override
    protected Rule rule() {
        return new StatementDmlDryRunRule();
    }

    /** Bytebase's pg/test/statement_dml_dry_run.yaml and mysql/test/statement_dml_dry_run.yaml: no driver, no advice. */
    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO tech_book values(1, 'a')", "DELETE FROM tech_book",
        "UPDATE tech_book SET name = 'xz' WHERE id = 1;"})
    void shouldFindNothingWithoutADatabase(String sql) {
        assertThat(findingsWithoutDatabase(SqlEngine.POSTGRESQL, sql)).isEmpty();
        assertThat(findingsWithoutDatabase(SqlEngine.MYSQL, sql)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldReportWhatTheDatabaseRefusesAtItsLineWithoutRunningIt(SqlEngine engine) {
        List<Finding> findings = findings(engine, Map.of(), "", "DELETE FROM orders WHERE id > 0;\n"
                + "UPDATE orders SET total = 1 WHERE id = 1;\nUPDATE orders\n  SET missing = 'Secret-9' WHERE id = 1;");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.message()).contains("dry runs failed").contains("missing");
        });
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldSkipAFileThatAlsoHoldsDdlAsBytebaseDoes(SqlEngine engine) {
        assertThat(findings(engine, Map.of(), "", "CREATE TABLE refunds (id bigint);\n"
                + "INSERT INTO refunds (id) VALUES (1);")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL"})
    void shouldRunTheFilesSetRoleFirst(SqlEngine engine) {
        assertThat(findings(engine, Map.of(), "", "SET ROLE app_owner;\nUPDATE orders SET total = 1 WHERE id = 1;"))
                .singleElement().satisfies(finding -> assertThat(finding.message()).contains("permission denied"));
    }
}
