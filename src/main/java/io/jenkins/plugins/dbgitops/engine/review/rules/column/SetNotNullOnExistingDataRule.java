package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ExistingDataRule;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * Atlas's MF104: making an existing nullable column NOT NULL (PostgreSQL {@code ALTER COLUMN ... SET NOT NULL}, MySQL
 * {@code MODIFY} / {@code CHANGE ... NOT NULL}) fails if rows hold NULL. Exempt: tables created in the same change,
 * columns the catalog knows to be NOT NULL already, and columns an earlier UPDATE of the same file backfilled.
 * Adding a new NOT NULL column is {@code statement.disallow-add-not-null}'s concern.
 */
public final class SetNotNullOnExistingDataRule extends ExistingDataRule {
    @Override
    protected void check(Alter alter, StatementContext statement, RuleContext rule) {
        for (AlterExpression expression : alter.getAlterExpressions()) {
            if (expression.getColumnSetNotNullList() != null) {
                expression.getColumnSetNotNullList()
                        .forEach(column -> check(statement, rule, alter, column.getColumnName()));
            }
            if ((expression.getOperation() == AlterOperation.MODIFY
                    || expression.getOperation() == AlterOperation.CHANGE)
                    && expression.getColDataTypeList() != null) {
                for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                    String previous = expression.getColumnOldName() != null ? expression.getColumnOldName()
                            : column.getColumnName();
                    if (!ColumnDefinitions.toColumn(column).nullable()) {
                        check(statement, rule, alter, previous);
                    }
                }
            }
        }
    }

    private void check(StatementContext statement, RuleContext rule, Alter alter, String columnName) {
        String column = ColumnDefinitions.unquote(columnName);
        String tableName = ColumnDefinitions.unquote(alter.getTable().getName());
        Optional<CatalogTable> table = statement.catalog().table(alter.getTable().getFullyQualifiedName());
        boolean empty = table.map(CatalogTable::createdInReview).orElse(false);
        boolean alreadyNotNull = table.flatMap(known -> known.column(column)).map(CatalogColumn::nullable)
                .map(nullable -> !nullable).orElse(false);
        if (!empty && !alreadyNotNull && !updated(tableName, column)) {
            rule.report(statement, "Column " + tableName + "." + column + " may hold NULL in existing rows: making it"
                    + " NOT NULL fails the migration if it does.");
        }
    }
}
