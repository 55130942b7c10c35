package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexTypeNoBlobRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexTypeNoBlobRule();
    }

    @Test
    void shouldExemptFullTextIndexes() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY, body text, FULLTEXT KEY ft (body));"))
                .isEmpty();
    }

    @Test
    void shouldReportIndexesOnCatalogLobColumns() {
        String earlier = "CREATE TABLE t (id int PRIMARY KEY, doc json, note mediumtext);";

        List<Finding> findings = findings(SqlEngine.MARIADB, Map.of(), earlier,
                "CREATE INDEX idx_t_note ON t (note(20));\nALTER TABLE t ADD UNIQUE KEY uk_t_id (id);");

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).isEqualTo("Columns in index must not be BLOB or TEXT but `t`.`note` is mediumtext.");
    }
}
