package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.insert.Insert;

/**
 * Atlas-style data-dependent check: changing a column to a type that holds less (PostgreSQL
 * {@code ALTER COLUMN ... TYPE}, MySQL {@code MODIFY} / {@code CHANGE}) fails or truncates when existing values do
 * not fit. Compares with the catalog's type; unknown columns pass, and so do tables created in the same change unless
 * the file inserted rows into them first.
 */
public final class DisallowNarrowingTypeRule implements Rule {
    private final Set<String> filled = new HashSet<>();

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        filled.clear();
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(Insert.class).ifPresent(insert -> filled.add(key(insert.getTable().getFullyQualifiedName())));
        statement.ast(Alter.class).ifPresent(alter -> {
            String tableName = alter.getTable().getFullyQualifiedName();
            Optional<CatalogTable> table = statement.catalog().table(tableName);
            if (table.isEmpty() || table.get().createdInReview() && !filled.contains(key(tableName))) {
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
        });
    }

    private static String key(String table) {
        return ColumnDefinitions.unquote(table).toLowerCase(Locale.ROOT);
    }
}
