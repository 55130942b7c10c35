package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierNoKeywordRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IdentifierNoKeywordRule();
    }

    @Test
    void shouldAcceptKeywordsInsideLongerNames() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE orders (id int PRIMARY KEY, order_key int, KEY idx_key (order_key));"))
                .isEmpty();
    }

    @Test
    void shouldReportColumnsAndIndexNames() {
        String sql = "ALTER TABLE orders ADD COLUMN `key` int;\nCREATE INDEX `index` ON orders (id);";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).isEqualTo("Identifier \"key\" is a keyword and should be avoided.");
    }

    @Test
    void shouldFollowBytebasesMySqlCases() {
        // Bytebase mysql/test/naming_identifier_no_keyword.yaml (reserved words only, see the rule's description)
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE `t`(a int);\nCREATE TABLE master_server_id(id int);")).isEmpty();
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE `interval`(id int);\nCREATE TABLE `test`.`interval`(id int);")))
                .containsExactly(1, 2);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t(\n  id int, \n  `current_timestamp` int\n);")))
                .containsExactly(3);
    }
}
