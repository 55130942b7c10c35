package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetNotNullOnExistingDataRuleTest extends AbstractRuleTest {
    private static final String EARLIER = "CREATE TABLE customers (id bigint PRIMARY KEY, country char(2),"
            + " name varchar(100) NOT NULL);";

    @Override
    protected Rule rule() {
        return new SetNotNullOnExistingDataRule();
    }

    @Test
    void shouldFlagANullableColumnButNotAColumnThatIsNotNullAlready() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), EARLIER,
                "ALTER TABLE customers MODIFY name varchar(120) NOT NULL;\n"
                        + "ALTER TABLE customers CHANGE country country_code char(2) NOT NULL;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Column customers.country may hold NULL");
    }

    @Test
    void shouldExemptTablesCreatedInTheChangeAndBackfilledColumns() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;"))
                .isEmpty();
        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), EARLIER,
                "UPDATE customers SET name = 'x' WHERE name IS NULL;\n"
                        + "ALTER TABLE customers ALTER COLUMN country SET NOT NULL;"))).containsExactly(2);
    }
}
