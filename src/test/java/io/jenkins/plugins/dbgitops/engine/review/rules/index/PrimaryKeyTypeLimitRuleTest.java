package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryKeyTypeLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PrimaryKeyTypeLimitRule();
    }

    @Test
    void shouldAcceptIntegerSpellings() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id bigserial PRIMARY KEY);")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int(10) unsigned NOT NULL, PRIMARY KEY (id));")).isEmpty();
    }

    @Test
    void shouldReportKeysAddedToExistingColumns() {
        String earlier = "CREATE TABLE t (code varchar(20) NOT NULL);";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier, "ALTER TABLE t ADD PRIMARY KEY (code);");

        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("Columns in primary key must be INT/BIGINT but `t`.`code` is varchar(20).");
    }

    @Test
    void shouldFollowBytebasesMySqlCases() {
        // Bytebase mysql/test/index_pk_type_limit.yaml
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t(id INT, id2 VARCHAR(5), id3 VARCHAR(5), PRIMARY KEY(id, id2, id3));"))
                .extracting(Finding::message).containsExactly(
                        "Columns in primary key must be INT/BIGINT but `t`.`id2` is varchar(5).",
                        "Columns in primary key must be INT/BIGINT but `t`.`id3` is varchar(5).");
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t(a int);\nALTER TABLE t ADD COLUMN id VARCHAR(5) PRIMARY KEY;")))
                .containsExactly(2);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t(a int);\n"
                + "ALTER TABLE t ADD COLUMN id VARCHAR(5), ADD PRIMARY KEY (id);"))).containsExactly(2);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t(id int);\n"
                + "ALTER TABLE t CHANGE COLUMN id id2 VARCHAR(5) PRIMARY KEY;"))).containsExactly(2);
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t(id int);\nALTER TABLE t MODIFY COLUMN id INT(5) PRIMARY KEY;"))
                .isEmpty();
    }
}
