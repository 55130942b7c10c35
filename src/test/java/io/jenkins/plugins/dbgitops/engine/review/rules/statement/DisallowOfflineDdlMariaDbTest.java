package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the rule against a real MariaDB: a change the rule reports must be one that MariaDB refuses to run with
 * ALGORITHM=INPLACE (so it would copy the table), and a change it accepts must run in place.
 */
class DisallowOfflineDdlMariaDbTest {
    private static final String TABLE = "CREATE TABLE orders (id int PRIMARY KEY, code varchar(20), qty int)"
            + " CHARACTER SET latin1";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ALTER TABLE orders MODIFY qty bigint                         | true",
        "ALTER TABLE orders CHANGE code code2 char(20)                | true",
        "ALTER TABLE orders CONVERT TO CHARACTER SET utf8mb4          | true",
        "ALTER TABLE orders DROP PRIMARY KEY                          | true",
        "ALTER TABLE orders ADD COLUMN note varchar(200)              | false",
        "ALTER TABLE orders MODIFY code varchar(20) COMMENT 'order'   | false",
        "ALTER TABLE orders CHANGE qty quantity int                   | false",
        "ALTER TABLE orders ADD INDEX idx_orders_code (code)          | false"
    })
    void shouldReportExactlyTheChangesMariaDbCannotRunInPlace(String alter, boolean copies) throws SQLException {
        List<?> findings = review(alter + ";");
        assertThat(findings).as("finding for %s", alter).hasSize(copies ? 1 : 0);

        TestDatabase database = EmbeddedDatabases.create(SqlEngine.MARIADB);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
            String refusal = "";
            try {
                statement.execute(alter + ", ALGORITHM=INPLACE");
            } catch (SQLException e) {
                refusal = String.valueOf(e.getMessage());
            }
            if (copies) {
                assertThat(refusal).as("MariaDB refuses %s in place", alter).contains("ALGORITHM=INPLACE");
            } else {
                assertThat(refusal).as("MariaDB runs %s in place", alter).isEmpty();
            }
        }
    }

    private static List<?> review(String sql) {
        RuleRegistry registry = RuleRegistry.load();
        RuleConfig config = new RuleConfig(RuleDefinitions.of(DisallowOfflineDdlRule.class), Level.ERROR, Map.of());
        ReviewEngine engine = ReviewEngine.create(SqlEngine.MARIADB, List.of(config), registry,
                SqlParser.withDefaults());
        return engine.review(List.of(ReviewFile.ddl("V1__orders.sql", TABLE + ";")),
                List.of(ReviewFile.ddl("V2__change.sql", sql)), true).findings().stream()
                .filter(finding -> finding.ruleId().equals(RuleDefinitions.of(DisallowOfflineDdlRule.class).id()))
                .toList();
    }
}
