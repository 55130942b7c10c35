package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowOfflineDdlRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowOfflineDdlRule();
    }

    private static final String HISTORY = "CREATE TABLE orders (id int PRIMARY KEY, code varchar(20), qty int);";

    @Test
    void shouldReportATypeChangeOfAnExistingColumn() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), HISTORY,
                "ALTER TABLE orders MODIFY COLUMN code varchar(20) NOT NULL;\nALTER TABLE orders MODIFY qty bigint;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Column orders.qty changes its type from INT to BIGINT");
    }

    @Test
    void shouldReportCopyAndDroppingThePrimaryKeyAlone() {
        assertThat(lines(findings(SqlEngine.MARIADB, Map.of(), HISTORY,
                "ALTER TABLE orders ADD COLUMN a int, ALGORITHM=COPY;\nALTER TABLE orders DROP PRIMARY KEY;\n"
                        + "ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, code);"))).containsExactly(1, 2);
    }

    @Test
    void shouldExemptTablesCreatedInTheSameChangeAndExplicitInplace() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\nALTER TABLE t CONVERT TO CHARACTER SET utf8mb4;\n"
                + "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE;")).isEmpty();
    }
}
