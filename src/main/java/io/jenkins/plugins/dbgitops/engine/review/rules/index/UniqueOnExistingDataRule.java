package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Atlas's MF101 (and MF102): a unique index, unique constraint or primary key added to a table that already holds
 * data fails if existing rows hold duplicates. Tables created in the same change are empty and exempt.
 */
public final class UniqueOnExistingDataRule extends ParsedRule {
    public UniqueOnExistingDataRule() {
        super(List.of(CreateIndex.class, Alter.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        statement.ast(CreateIndex.class).filter(create -> isUnique(create.getIndex()))
                .ifPresent(create -> report(statement, rule, create.getTable(), create.getIndex()));
        statement.ast(Alter.class).ifPresent(alter -> {
            for (AlterExpression expression : alter.getAlterExpressions()) {
                if (expression.getOperation() == AlterOperation.ADD && expression.getIndex() != null
                        && (isUnique(expression.getIndex()) || expression.getPkColumns() != null)) {
                    report(statement, rule, alter.getTable(), expression.getIndex());
                }
            }
        });
    }

    private static void report(StatementContext statement, RuleContext rule, Table table, Index index) {
        boolean empty = statement.catalog().table(table.getFullyQualifiedName())
                .map(CatalogTable::createdInReview).orElse(false);
        if (!empty) {
            rule.report(statement, "Adding a unique key on " + ColumnDefinitions.unquote(table.getName()) + " ("
                    + String.join(", ", index.getColumnsNames().stream().map(ColumnDefinitions::unquote).toList()) + ") fails if existing rows hold duplicate values.");
        }
    }

    private static boolean isUnique(Index index) {
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        return type.contains("UNIQUE") || type.contains("PRIMARY");
    }
}
