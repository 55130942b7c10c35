package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class DisallowCommitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowCommitRule();
    }

    @Test
    void shouldFlagEachCommitAtItsLine() {
        // Bytebase: two transactions, two advices at the COMMIT lines
        String sql = "START TRANSACTION;\nCREATE TABLE book (id int, name varchar(255));\nCOMMIT;\n\n"
                + "START TRANSACTION;\nINSERT INTO book (id, name) VALUES (1, 'book');\nCOMMIT WORK;";

        assertThat(lines(findings(SqlEngine.MYSQL, sql))).containsExactly(3, 7);
    }

    @Test
    void shouldFlagEndOnPostgresqlButNotRollbackOrCommitInAString() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "BEGIN;\nUPDATE t SET a = 1 WHERE id = 1;\nEND;")))
                .containsExactly(3);
        assertThat(findings(SqlEngine.POSTGRESQL, "ROLLBACK;\nINSERT INTO log (msg) VALUES ('COMMIT');")).isEmpty();
    }
}
