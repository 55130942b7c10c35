package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class SelectRequireOrderWithLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SelectRequireOrderWithLimitRule();
    }

    @Test
    void shouldExemptTheBatchingIdiomInAnInSubquery() {
        assertThat(findings(SqlEngine.POSTGRESQL,
                "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < '2024-01-01' LIMIT 1000);"))
                .isEmpty();
    }

    @Test
    void shouldFlagAFromSubqueryWithLimitAtItsLine() {
        assertThat(lines(findings(SqlEngine.MYSQL, "SELECT id FROM t ORDER BY id LIMIT 5;\n"
                + "CREATE TABLE recent AS SELECT x.id FROM (SELECT id FROM t LIMIT 5) x ORDER BY x.id;")))
                .containsExactly(2);
    }
}
