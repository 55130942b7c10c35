package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ExistingDataRule;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Atlas-style data-dependent check: changing a column to a type that holds less (PostgreSQL
 * {@code ALTER COLUMN ... TYPE}, MySQL {@code MODIFY} / {@code CHANGE}) fails or truncates when existing values do
 * not fit. Compares with the catalog's type; unknown columns pass, and so do tables created in the same change unless
 * the file inserted rows into them first.
 */
public final class DisallowNarrowingTypeRule extends ExistingDataRule {
    @Override
    protected void check(Alter alter, StatementContext statement, RuleContext rule) {
        String tableName = alter.getTable().getFullyQualifiedName();
        Optional<CatalogTable> table = statement.catalog().table(tableName);
        if (table.isEmpty() || table.get().createdInReview() && !filled(tableName)) {
            return;
        }
        for (AlterExpression expression : alter.getAlterExpressions()) {
            AlterOperation operation = expression.getOperation();
            boolean retype = operation == AlterOperation.MODIFY || operation == AlterOperation.CHANGE
                    || operation == AlterOperation.ALTER;
            if (!retype || expression.getColDataTypeList() == null) {
                continue;
            }
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                String name = ColumnDefinitions.unquote(expression.getColumnOldName() != null
                        ? expression.getColumnOldName() : column.getColumnName());
                if (column.getColDataType() == null) {
                    continue;
                }
                table.get().column(name).ifPresent(existing -> {
                    String newType = column.getColDataType().toString();
                    if (TypeWidth.narrows(existing.type(), newType)) {
                        rule.report(statement, "Column " + table.get().name() + "." + name + " changes from "
                                + existing.type() + " to " + newType + ": existing values may not fit.");
                    }
                });
            }
        }
    }
}
