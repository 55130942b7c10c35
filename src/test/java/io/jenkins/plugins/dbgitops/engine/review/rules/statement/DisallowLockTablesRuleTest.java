package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowLockTablesRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowLockTablesRule();
    }

    @Test
    void shouldReportFlushWithReadLockAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "FLUSH PRIVILEGES;\nFLUSH TABLES orders WITH READ LOCK;\nUNLOCK TABLES;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("FLUSH TABLES WITH READ LOCK blocks writes");
    }

    @Test
    void shouldAcceptUnlockAndSelectForUpdate() {
        assertThat(findings(SqlEngine.MARIADB, "UNLOCK TABLES;\nSELECT 1 FROM orders LOCK IN SHARE MODE;")).isEmpty();
    }
}
