package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL zero dates as column defaults ({@code DEFAULT '0000-00-00'}, {@code '0000-00-00 00:00:00'}). The default is
 * read from the raw column definition: it is a literal, but never a secret.
 */
public final class DisallowZeroDateRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-zero-date")
            .title("Disallow zero-date defaults")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("A zero-date default is rejected under the default strict SQL mode (NO_ZERO_DATE) and is not"
                    + " a valid date for drivers, which turn it into errors or nulls.")
            .help("Make the column nullable with DEFAULT NULL, or use a real date or CURRENT_TIMESTAMP.")
            .description("Reports DATE, DATETIME and TIMESTAMP columns in CREATE TABLE and ALTER TABLE whose"
                    + " DEFAULT is a zero date such as '0000-00-00'. MySQL 5.7 and later refuse such defaults"
                    + " unless NO_ZERO_DATE is removed from sql_mode, so the migration fails on a correctly"
                    + " configured server, and JDBC drivers throw on reading zero dates.")
            .failing("CREATE TABLE t (id int PRIMARY KEY, shipped_at datetime NOT NULL DEFAULT '0000-00-00 00:00:00');")
            .passing("CREATE TABLE t (id int PRIMARY KEY, shipped_at datetime NULL DEFAULT NULL);")
            .build();

    private static final Set<String> DATE_TYPES = Set.of("DATE", "DATETIME", "TIMESTAMP");
    private static final Pattern ZERO_DEFAULT = Pattern.compile("(?i)\\bDEFAULT\\s+'0000-00-00");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return DATE_TYPES.contains(column.baseType()) && ZERO_DEFAULT.matcher(column.definition()).find()
                ? Optional.of("Column " + column.qualifiedName() + " defaults to a zero date") : Optional.empty();
    }
}
