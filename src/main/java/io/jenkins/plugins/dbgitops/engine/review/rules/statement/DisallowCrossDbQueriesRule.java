package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UseStatement;

/**
 * Bytebase's {@code statement.disallow-cross-db-queries}. On MySQL a qualifier is a database: a query is
 * cross-database when it names a database other than the file's {@code USE} database, or names two databases. On
 * PostgreSQL a three-part name {@code db.schema.table} is the only way to name another database.
 */
public final class DisallowCrossDbQueriesRule extends ParsedRule {
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = statementTypesOf();

    private String currentDatabase;

    /** USE feeds the file's state; the other types are those whose tables {@link #tablesOf} lists. */
    public DisallowCrossDbQueriesRule() {
        super(STATEMENT_TYPES);
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        currentDatabase = null;
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof UseStatement use) {
            if (statement.engine() != SqlEngine.POSTGRESQL) {
                currentDatabase = StatementTexts.key(use.getName());
            }
            return;
        }
        List<Table> tables = QueriedTables.tablesOf(ast);
        if (currentDatabase == null && !anyQualified(tables, statement.engine())) {
            return; // no database named, none in use: nothing can be foreign (the usual statement)
        }
        Set<String> databases = new TreeSet<>();
        for (Table table : tables) {
            String database = databaseOf(table, statement.engine());
            if (database != null) {
                databases.add(database);
            } else if (currentDatabase != null) {
                databases.add(currentDatabase); // an unqualified name lives in the USE database
            }
        }
        boolean foreign = statement.engine() == SqlEngine.POSTGRESQL ? !databases.isEmpty()
                : databases.size() > 1 || currentDatabase != null && databases.stream()
                        .anyMatch(database -> !database.equals(currentDatabase));
        if (foreign) {
            if (currentDatabase != null && databases.size() > 1) {
                databases.remove(currentDatabase);
            }
            rule.report(statement, StatementTexts.quote(statement) + " reaches into database(s) "
                    + String.join(", ", databases) + ": cross-database queries are not allowed.");
        }
    }

    private static boolean anyQualified(List<Table> tables, SqlEngine engine) {
        for (Table table : tables) {
            if (databaseOf(table, engine) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<? extends Statement>> statementTypesOf() {
        List<Class<? extends Statement>> types = new ArrayList<>(QueryTree.STATEMENT_TYPES);
        types.add(UseStatement.class);
        return List.copyOf(types);
    }

    /** The database a table name points at, lower case, or null when the name does not say. */
    private static String databaseOf(Table table, SqlEngine engine) {
        String qualifier = engine == SqlEngine.POSTGRESQL ? table.getDatabaseName() : table.getSchemaName();
        return qualifier == null || qualifier.isEmpty() ? null : StatementTexts.key(qualifier);
    }
}
