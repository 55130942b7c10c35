package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertDisallowOrderByRandRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new InsertDisallowOrderByRandRule();
    }

    @Test
    void shouldFlagRandInBothCasesAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "INSERT INTO tech_book VALUES (1, 'a');\n"
                + "INSERT INTO tech_book SELECT * FROM tech_book ORDER BY rand();\n"
                + "INSERT INTO tech_book SELECT * FROM tech_book ORDER BY RAND() LIMIT 1;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).endsWith("uses ORDER BY RAND in the INSERT statement.");
    }

    @Test
    void shouldFlagPostgresRandomButNotASelectOnItsOwn() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "SELECT id FROM users ORDER BY random() LIMIT 1;\n"
                        + "INSERT INTO s (id) SELECT id FROM users ORDER BY random() LIMIT 5;"))).containsExactly(2);
    }
}
