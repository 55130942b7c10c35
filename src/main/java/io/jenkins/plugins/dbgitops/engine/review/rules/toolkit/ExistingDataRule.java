package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The family of Atlas-style data-dependent checks: an ALTER TABLE that fails or loses data when existing rows do not
 * fit it. The base remembers what the file wrote before (tables it inserted into, columns it updated), because a
 * table created in the same change holds the rows the file inserted, and a column the file backfilled holds no NULL.
 */
public abstract class ExistingDataRule extends ParsedRule {
    private final Set<String> filledTables = new HashSet<>();
    private final Set<String> updatedColumns = new HashSet<>();

    protected ExistingDataRule() {
        super(List.of(Insert.class, Update.class, Alter.class));
    }

    @Override
    public final void startFile(FileContext file, RuleContext rule) {
        filledTables.clear();
        updatedColumns.clear();
    }

    @Override
    protected final void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof Insert insert) {
            filledTables.add(key(insert.getTable().getFullyQualifiedName()));
        } else if (ast instanceof Update update) {
            update.getUpdateSets().forEach(set -> set.getColumns()
                    .forEach(column -> updatedColumns.add(key(update.getTable().getName(), column.getColumnName()))));
        } else if (ast instanceof Alter alter) {
            check(alter, statement, rule);
        }
    }

    /** Checks one ALTER TABLE, knowing what the file wrote before it. */
    protected abstract void check(Alter alter, StatementContext statement, RuleContext rule);

    /** Whether the file inserted rows into the table (named as written, possibly qualified) before. */
    protected final boolean filled(String table) {
        return filledTables.contains(key(table));
    }

    /** Whether the file updated the column of the table (its unqualified name) before. */
    protected final boolean updated(String table, String column) {
        return updatedColumns.contains(key(table, column));
    }

    private static String key(String table) {
        return ColumnDefinitions.unquote(table).toLowerCase(Locale.ROOT);
    }

    private static String key(String table, String column) {
        return (ColumnDefinitions.unquote(table) + "." + ColumnDefinitions.unquote(column)).toLowerCase(Locale.ROOT);
    }
}
