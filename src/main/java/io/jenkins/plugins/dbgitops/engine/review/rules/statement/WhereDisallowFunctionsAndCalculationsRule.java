package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ExpressionChildren;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Bytebase's {@code statement.where.disallow-functions-and-calculations}: a function or arithmetic applied directly
 * to an indexed column in a WHERE clause. Needs the catalog: columns of unknown tables, or not indexed, pass.
 */
public final class WhereDisallowFunctionsAndCalculationsRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.where.disallow-functions-and-calculations")
            .title("No functions or calculations on indexed columns in WHERE")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A function or calculation on an indexed column in WHERE prevents the index from being used.")
            .help("Compare the bare column with a transformed value instead, e.g. created_at >= DATE '2025-01-01'"
                    + " instead of YEAR(created_at) = 2025, or index the expression.")
            .description("Flags WHERE and JOIN ... ON conditions (of SELECT blocks, subqueries, UPDATE and DELETE)"
                    + " where a function"
                    + " such as UPPER(name) or arithmetic such as id + 1 is applied to a column that the catalog"
                    + " knows to be indexed. The planner can only use the index for the bare column, so the statement"
                    + " reads the whole table. Functions on the value side (id = ABS(-5)) and on columns without an"
                    + " index pass.")
            .failing("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));\n"
                    + "CREATE INDEX idx_users_email ON users (email);\n"
                    + "SELECT id FROM users WHERE UPPER(email) = 'A@EXAMPLE.COM';")
            .passing("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));\n"
                    + "CREATE INDEX idx_users_email ON users (email);\n"
                    + "SELECT id FROM users WHERE email = 'a@example.com';")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return QueryTree.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null);
        if (ast == null) {
            return;
        }
        for (QueryTree.Block block : QueryTree.of(ast).selects()) {
            PlainSelect select = block.select();
            // a JOIN ... ON condition filters rows like WHERE does (as Bytebase judges it)
            List<Expression> suspects = WhereSuspects.suspects(select.getWhere(), onConditions(select.getJoins()));
            if (!suspects.isEmpty()) {
                report(statement, rule, suspects, StatementTexts.scope(select.getFromItem(), select.getJoins()));
            }
        }
        checkTopLevel(statement, rule, ast);
    }

    private static void checkTopLevel(StatementContext statement, RuleContext rule, Statement ast) {
        if (ast instanceof Update update) {
            List<Expression> suspects = WhereSuspects.suspects(update.getWhere(), onConditions(update.getJoins()));
            if (!suspects.isEmpty()) {
                Map<String, Table> scope = StatementTexts.scope(update.getTable(), update.getJoins());
                StatementTexts.addToScope(scope, update.getFromItem());
                report(statement, rule, suspects, scope);
            }
        } else if (ast instanceof Delete delete) {
            List<Expression> suspects = WhereSuspects.suspects(delete.getWhere(), onConditions(delete.getJoins()));
            if (!suspects.isEmpty()) {
                Map<String, Table> scope = StatementTexts.scope(delete.getTable(), delete.getJoins());
                if (delete.getUsingFromItemList() != null) {
                    delete.getUsingFromItemList().forEach(item -> StatementTexts.addToScope(scope, item));
                }
                report(statement, rule, suspects, scope);
            }
        }
    }

    /** The suspects of the joins' ON conditions. */
    private static List<Expression> onConditions(List<Join> joins) {
        List<Expression> found = List.of();
        if (joins != null) {
            for (Join join : joins) {
                for (Expression on : join.getOnExpressions()) {
                    found = WhereSuspects.suspects(on, found);
                }
            }
        }
        return found;
    }

    private static void report(StatementContext statement, RuleContext rule, List<Expression> suspects,
            Map<String, Table> scope) {
        for (Expression node : suspects) {
            String what = WhereSuspects.describe(node);
            for (Expression operand : ExpressionChildren.of(node, false)) {
                if (operand instanceof Column column && isIndexed(column, scope, statement)) {
                    rule.report(statement, StatementTexts.offsetOf(statement, node), what + " is applied to indexed column \""
                            + ColumnDefinitions.unquote(column.getColumnName())
                            + "\" in the WHERE clause, which prevents index usage.");
                }
            }
        }
    }

    private static boolean isIndexed(Column column, Map<String, Table> scope, StatementContext statement) {
        String name = ColumnDefinitions.unquote(column.getColumnName());
        return StatementTexts.tableOf(column, scope, statement).map(table -> indexed(table, name)).orElse(false);
    }

    private static boolean indexed(CatalogTable table, String column) {
        return table.indexes().stream().map(index -> index.columns()).flatMap(List::stream)
                .anyMatch(indexed -> indexed.equalsIgnoreCase(column));
    }
}
