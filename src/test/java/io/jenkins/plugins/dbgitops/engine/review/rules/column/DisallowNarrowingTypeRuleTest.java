package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowNarrowingTypeRuleTest extends AbstractRuleTest {
    private static final String EARLIER = "CREATE TABLE items (id bigint PRIMARY KEY, qty int, price decimal(10,2),"
            + " note text, code varchar(20), seen_at timestamp);";

    @Override
    protected Rule rule() {
        return new DisallowNarrowingTypeRule();
    }

    @Test
    void shouldFlagEachKindOfNarrowingAtItsLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), EARLIER,
                "ALTER TABLE items ALTER COLUMN id TYPE int;\nALTER TABLE items ALTER COLUMN price TYPE decimal(8,2);\n"
                        + "ALTER TABLE items ALTER COLUMN note TYPE varchar(500);\n"
                        + "ALTER TABLE items ALTER COLUMN seen_at TYPE date;");

        assertThat(lines(findings)).containsExactly(1, 2, 3, 4);
        assertThat(findings.get(0).message()).isEqualTo("Column items.id changes from bigint to int: existing values may not fit.");
    }

    @Test
    void shouldAcceptWideningAndChangesToOtherFamilies() {
        assertThat(findings(SqlEngine.MYSQL, Map.of(), EARLIER,
                "ALTER TABLE items MODIFY qty bigint;\nALTER TABLE items MODIFY price decimal(12,2);\n"
                        + "ALTER TABLE items CHANGE code code varchar(40);\nALTER TABLE items MODIFY note longtext;"))
                .isEmpty();
    }

    @Test
    void shouldExemptAnEmptyTableCreatedInTheChange() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id bigint PRIMARY KEY, name varchar(100));\n"
                + "ALTER TABLE t MODIFY name varchar(10);")).isEmpty();
    }
}
