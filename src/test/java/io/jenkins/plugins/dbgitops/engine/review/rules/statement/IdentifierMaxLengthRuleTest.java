package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifierMaxLengthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IdentifierMaxLengthRule();
    }

    @Test
    void shouldCountBytesNotCharacters() {
        String change = "CREATE TABLE t (id int, \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 text);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("64 bytes");
    }

    @Test
    void shouldApplyThePayloadLimit() {
        String change = "CREATE TABLE customer_orders (id int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("maxLength", 10), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("limit of 10");
    }

    @Test
    void shouldIgnoreStringsButCheckNamesInEveryStatement() {
        String change = "COMMENT ON TABLE t IS 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\nSELECT aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa FROM t;\n"
                + "DROP TABLE table_very_long_very_long_very_long_very_long_very_long_very_long;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        // as Squawk's identifier-too-long, which checks every name and name reference
        assertThat(lines(findings)).containsExactly(2, 3);
    }

    @Test
    void shouldFindLongQuotedNamesAndNamesOfManyMultiByteCharacters() {
        String twentyTwoHan = "\u4e2d".repeat(22); // 3 bytes each in UTF-8
        String change = "SELECT \"" + "ab ".repeat(25) + "\" FROM t;\nDELETE FROM t;\n"
                + "SELECT " + twentyTwoHan + " FROM t;\nSELECT x FROM t WHERE y = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 3);
    }

    @Test
    void shouldScanForNamesThatMayBeTooLong() {
        assertThat(IdentifierMaxLengthRule.mayHoldLongName("SELECT id FROM orders WHERE a = 1", 63)).isFalse();
        assertThat(IdentifierMaxLengthRule.mayHoldLongName("SELECT " + "a".repeat(22) + " FROM t", 63)).isTrue();
        assertThat(IdentifierMaxLengthRule.mayHoldLongName("SELECT " + "a".repeat(21) + " FROM t", 63)).isFalse();
        assertThat(IdentifierMaxLengthRule.mayHoldLongName("SELECT \"x\" FROM t", 63)).isTrue();
        assertThat(IdentifierMaxLengthRule.mayHoldLongName("SELECT `x` FROM [t]", 63)).isTrue();
    }
}
