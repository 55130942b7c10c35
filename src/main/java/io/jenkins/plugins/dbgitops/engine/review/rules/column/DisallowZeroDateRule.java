package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;

/**
 * MySQL zero dates as column defaults ({@code DEFAULT '0000-00-00'}, {@code '0000-00-00 00:00:00'}). The default is
 * read from the raw column definition: it is a literal, but never a secret.
 */
public final class DisallowZeroDateRule implements Rule {
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
    public List<Class<? extends Statement>> statementTypes() {
        return DefinedColumns.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<DefinedColumns.Column> columns = DefinedColumns.of(statement);
        if (columns.isEmpty() || !ZERO_DEFAULT.matcher(statement.text()).find()) {
            return;
        }
        for (DefinedColumns.Column column : columns) {
            if (DATE_TYPES.contains(column.baseType()) && ZERO_DEFAULT.matcher(column.definition()).find()) {
                rule.report(statement, column.offset(), Impact.of("Column " + column.qualifiedName()
                        + " defaults to a zero date", DEFINITION));
            }
        }
    }
}
