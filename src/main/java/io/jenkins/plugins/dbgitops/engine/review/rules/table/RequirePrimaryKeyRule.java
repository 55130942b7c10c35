package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/** Bytebase's {@code table.require-pk}: every table needs a primary key, and keeps it. */
public final class RequirePrimaryKeyRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.require-pk")
            .title("Require a primary key")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("A table without a primary key cannot be replicated row by row or changed by online schema tools.")
            .help("Declare a PRIMARY KEY, for example an identity or bigint id column.")
            .description("Checks that CREATE TABLE declares a primary key (on a column or as a table constraint)"
                    + " and that ALTER TABLE does not drop it. Logical replication, change data capture and online"
                    + " schema change tools identify rows by their primary key; without one, updates cannot be"
                    + " replicated and duplicates creep in.")
            .failing("CREATE TABLE audit_log (event text, created_at timestamp);")
            .passing("CREATE TABLE audit_log (id bigint PRIMARY KEY, event text, created_at timestamp);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(CreateTable.class).ifPresent(create -> checkCreate(statement, rule, create));
        statement.ast(Alter.class).ifPresent(alter -> checkAlter(statement, rule, alter));
    }

    private static void checkCreate(StatementContext statement, RuleContext rule, CreateTable create) {
        if (create.getColumnDefinitions() == null || create.getColumnDefinitions().isEmpty()) {
            return; // CREATE TABLE ... AS SELECT or LIKE: the columns come from elsewhere
        }
        boolean inlineKey = create.getColumnDefinitions().stream().anyMatch(ColumnDefinitions::isPrimaryKey);
        if (!inlineKey && !hasPrimaryKeyConstraint(create.getIndexes())) {
            rule.report(statement, "Table " + create.getTable().getName() + " has no primary key: "
                    + DEFINITION.message().substring(0, 1).toLowerCase(Locale.ROOT) + DEFINITION.message().substring(1));
        }
    }

    private static void checkAlter(StatementContext statement, RuleContext rule, Alter alter) {
        for (AlterExpression expression : alter.getAlterExpressions()) {
            if (expression.getOperation() == AlterOperation.DROP_PRIMARY_KEY) {
                rule.report(statement, "ALTER TABLE " + alter.getTable().getName()
                        + " drops the primary key and adds none.");
            }
        }
    }

    private static boolean hasPrimaryKeyConstraint(List<Index> indexes) {
        return indexes != null && indexes.stream()
                .anyMatch(index -> index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("PRIMARY"));
    }
}
