package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsertRowLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new InsertRowLimitRule();
    }

    @Test
    void shouldCountRowsAsBytebaseDoes() {
        // Bytebase's test uses a limit of 5
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("number", 5), "",
                "INSERT INTO tech_book VALUES (1, 'a');\n"
                        + "INSERT INTO tech_book VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f');\n"
                        + "INSERT INTO tech_book SELECT * FROM tech_book;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("The statement inserts 6 rows into tech_book. The count exceeds 5.");
    }

    @Test
    void shouldCountASingleRowOfManyValuesAsOneRow() {
        assertThat(findings(SqlEngine.MYSQL, Map.of("number", 1), "",
                "INSERT INTO t (a, b, c) VALUES (1, 2, 3);")).isEmpty();
    }
}
