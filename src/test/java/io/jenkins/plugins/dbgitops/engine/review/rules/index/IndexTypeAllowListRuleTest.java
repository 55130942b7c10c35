package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexTypeAllowListRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexTypeAllowListRule();
    }

    @Test
    void shouldTreatIndexesWithoutMethodAsBtree() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE INDEX i ON t (a);")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, INDEX h (a) USING HASH);")).isEmpty();
    }

    @Test
    void shouldReportMySqlFullTextAndPostgresqlMethods() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a text, FULLTEXT KEY ft (a));"))
                .singleElement().extracting(Finding::message)
                .isEqualTo("Index type `FULLTEXT` of index `ft` is not allowed, only BTREE, HASH.");
        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of("list", List.of("btree")), "",
                "CREATE INDEX a ON t USING hash (a);\nCREATE INDEX b ON t USING brin (b);"))).containsExactly(1, 2);
    }
}
