package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableNoKeywordRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableNoKeywordRule();
    }

    @Test
    void shouldAcceptNonReservedWordsOfTheEngine() {
        // USER is reserved in PostgreSQL but not in MySQL
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE user (id int PRIMARY KEY);")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE orders_select (id int PRIMARY KEY);")).isEmpty();
    }

    @Test
    void shouldReportQuotedAndUnparsedKeywordNames() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE `order` (id int PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS select (id int);\nRENAME TABLE a TO `table`;");

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).isEqualTo("Table name `order` is a keyword and should be avoided.");
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE TABLE \"user\" (id int);"))).containsExactly(1);
    }
}
