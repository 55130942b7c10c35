package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementAffectedRowLimitRuleTest extends AbstractDatabaseRuleTest {

    @Override
    protected Rule rule() {
        return new StatementAffectedRowLimitRule();
    }

    /** Bytebase's pg/ and mysql/test/statement_affected_row_limit.yaml: no driver, no advice. */
    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM tech_book WHERE a > 1", "UPDATE tech_book SET id = 1"})
    void shouldFindNothingWithoutADatabase(String sql) {
        assertThat(findingsWithoutDatabase(SqlEngine.POSTGRESQL, sql)).isEmpty();
        assertThat(findingsWithoutDatabase(SqlEngine.MYSQL, sql)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldCompareThePlannersEstimateWithThePayload(SqlEngine engine) {
        String update = "UPDATE orders SET total = 0 WHERE id <= 100;";

        assertThat(findings(engine, Map.of("number", 10), "", update)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("rows (estimated). The count exceeds 10."));
        assertThat(findings(engine, Map.of("number", 1000), "", update)).isEmpty();
        assertThat(findings(engine, Map.of("number", 0), "", "DELETE FROM orders;")).as("0 turns it off").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MARIADB"})
    void shouldCapTheEstimateByTheLimitOnMySql(SqlEngine engine) {
        assertThat(findings(engine, Map.of("number", 100), "", "DELETE FROM orders WHERE total > 0 LIMIT 50;"))
                .isEmpty();
    }
}
