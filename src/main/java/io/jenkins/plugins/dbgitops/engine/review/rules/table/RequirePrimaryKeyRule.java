package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/** Bytebase's {@code table.require-pk}: every table needs a primary key, and keeps it. */
public final class RequirePrimaryKeyRule implements Rule {
    private final Map<String, Touched> touched = new LinkedHashMap<>();

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class, Drop.class);
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        touched.clear();
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(CreateTable.class).ifPresent(create -> checkCreate(statement, create));
        statement.ast(Alter.class).ifPresent(alter -> checkAlter(statement, alter));
        statement.ast(Drop.class).filter(drop -> "TABLE".equalsIgnoreCase(drop.getType()) && drop.getName() != null)
                .ifPresent(drop -> touched.remove(key(drop.getName().getFullyQualifiedName())));
    }

    /**
     * As Bytebase, judges the schema the file leaves: a table created without a key and given one later in the file
     * passes at its CREATE, and a key dropped is reported at the last statement that altered the table while it had
     * one. Where the catalog does not
     * know the table, each statement's own verdict stands.
     */
    @Override
    public void endFile(FileContext file, RuleContext rule) {
        for (Map.Entry<String, Touched> entry : touched.entrySet()) {
            Touched table = entry.getValue();
            Optional<CatalogTable> known = table.last().catalog().table(entry.getKey());
            if (known.isPresent() && !hasKey(known.get(), file.engine())) {
                rule.report(table.last(), table.verdict() != null ? table.verdict() : noKey(known.get().name()));
            } else if (known.isEmpty() && table.verdict() != null) {
                rule.report(table.last(), table.verdict());
            }
        }
        touched.clear();
    }

    private void checkCreate(StatementContext statement, CreateTable create) {
        if (create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty()) {
            return; // CREATE TABLE ... AS SELECT or LIKE: the columns come from elsewhere
        }
        boolean inlineKey = create.getColumnDefinitions().stream().anyMatch(ColumnDefinitions::isPrimaryKey);
        String verdict = !inlineKey && !hasPrimaryKeyConstraint(create.getIndexes())
                ? noKey(create.getTable().getName()) : null;
        touched.put(key(create.getTable().getFullyQualifiedName()), new Touched(statement, verdict));
    }

    private void checkAlter(StatementContext statement, Alter alter) {
        String key = key(alter.getTable().getFullyQualifiedName());
        // the catalog is as the earlier statements left it: an ALTER of a table without a key cannot lose it
        boolean hadKey = statement.catalog().table(key).map(table -> hasKey(table, statement.engine())).orElse(true);
        Touched previous = touched.get(key);
        if (!hadKey && previous != null) {
            touched.put(key, new Touched(previous.last(), previous.verdict()));
            return;
        }
        String verdict = null;
        for (AlterExpression expression : alter.getAlterExpressions()) {
            if (expression.getOperation() == AlterOperation.DROP_PRIMARY_KEY) {
                verdict = "ALTER TABLE " + alter.getTable().getName() + " drops the primary key and adds none.";
            }
        }
        touched.put(key, new Touched(statement, verdict));
    }

    /**
     * Whether the table still has its primary key: PostgreSQL drops the key with any of its columns, MySQL only
     * narrows it to the columns that are left.
     */
    private static boolean hasKey(CatalogTable table, SqlEngine engine) {
        return table.primaryKey().map(key -> engine == SqlEngine.POSTGRESQL
                ? key.columns().stream().allMatch(column -> table.column(column).isPresent())
                : key.columns().stream().anyMatch(column -> table.column(column).isPresent())).orElse(false);
    }

    private String noKey(String table) {
        String message = definition().message();
        return "Table " + table + " has no primary key: " + message.substring(0, 1).toLowerCase(Locale.ROOT)
                + message.substring(1);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The last statement of the file that created or altered a table, and its own verdict on the key. */
    private record Touched(StatementContext last, String verdict) {
    }

    private static boolean hasPrimaryKeyConstraint(List<Index> indexes) {
        return indexes != null && indexes.stream()
                .anyMatch(index -> index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("PRIMARY"));
    }
}
