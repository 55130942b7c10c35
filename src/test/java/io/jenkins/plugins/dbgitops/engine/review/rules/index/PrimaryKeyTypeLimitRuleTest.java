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
                .isEqualTo("Columns in primary key must be INT/BIGINT but `t`.`code` is varchar (20).");
    }
}
