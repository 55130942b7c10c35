package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.update.Update;

/**
 * dbgitops's own {@code statement.delete.require-batching}: an UPDATE or DELETE of an existing table whose WHERE has
 * no AND-ed comparison, BETWEEN or IN on a key column, and no LIMIT. Key columns are the catalog's indexed columns;
 * for a table the catalog does not know, columns named {@code id} or {@code *_id}. Tables created in the same change
 * are empty and exempt.
 */
public final class DeleteRequireBatchingRule extends ParsedRule {
    public DeleteRequireBatchingRule() {
        super(List.of(Update.class, Delete.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof Update update) {
            check(statement, rule, "UPDATE", update.getTable(), update.getWhere(), update.getLimit());
        } else if (ast instanceof Delete delete) {
            check(statement, rule, "DELETE", delete.getTable(), delete.getWhere(), delete.getLimit());
        }
    }

    private static void check(StatementContext statement, RuleContext rule, String verb, Table table,
            Expression where, Limit limit) {
        if (table == null || limit != null) {
            return;
        }
        CatalogTable known = statement.catalog().table(table.getFullyQualifiedName()).orElse(null);
        if (known != null && known.createdInReview() || where != null && bounded(where, known)) {
            return;
        }
        rule.report(statement, verb + " of " + StatementTexts.name(table) + " is not bounded by a key range: it"
                + " changes every matching row in one transaction.");
    }

    private static boolean bounded(Expression where, CatalogTable table) {
        if (where == null) {
            return false;
        }
        if (where instanceof AndExpression and) {
            return bounded(and.getLeftExpression(), table) || bounded(and.getRightExpression(), table);
        }
        Expression keyed = null;
        if (where instanceof ComparisonOperator comparison) {
            keyed = comparison.getLeftExpression() instanceof Column ? comparison.getLeftExpression()
                    : comparison.getRightExpression();
        } else if (where instanceof Between between && !between.isNot()) {
            keyed = between.getLeftExpression();
        } else if (where instanceof InExpression in && !in.isNot()) {
            keyed = in.getLeftExpression();
        }
        return keyed instanceof Column column && isKey(ColumnDefinitions.unquote(column.getColumnName()), table);
    }

    /**
     * Whether the column leads one of the table's indexes (names compared lower case), or, for a table the catalog
     * does not know, looks like a key. A loop over the few indexes, not a set built for every statement.
     */
    private static boolean isKey(String column, CatalogTable table) {
        String lower = column.toLowerCase(Locale.ROOT);
        if (table == null) {
            return lower.equals("id") || lower.endsWith("_id");
        }
        for (CatalogIndex index : table.indexes()) {
            if (!index.columns().isEmpty() && lower.equals(index.columns().get(0).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
