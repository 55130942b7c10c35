package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseAnd;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseLeftShift;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseOr;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseRightShift;
import net.sf.jsqlparser.expression.operators.arithmetic.BitwiseXor;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Bytebase's {@code statement.where.disallow-functions-and-calculations}: a function or calculation applied directly
 * to an indexed column in a row filter, judged with the scopes {@link FilterConditionWalk} gives each filter. Needs
 * the catalog: columns of unknown tables, or not indexed, pass.
 */
public final class WhereDisallowFunctionsAndCalculationsRule extends ParsedRule {
    /** The statements whose row filters the walk knows. */
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(Select.class, Insert.class,
            Update.class, Delete.class, Merge.class, CreateTable.class, CreateView.class, AlterView.class);

    public WhereDisallowFunctionsAndCalculationsRule() {
        super(STATEMENT_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        FilterConditionWalk.walk(ast, statement.catalog(), statement.engine(),
                (node, scope) -> check(statement, rule, node, scope));
    }

    /** One finding per function or calculation node, naming the first indexed column among its direct operands. */
    private static void check(StatementContext statement, RuleContext rule, Expression node,
            IndexedColumnScope scope) {
        List<Expression> operands = operands(node);
        for (Expression operand : operands) {
            Column column = unwrap(operand);
            if (column != null && scope.isIndexed(column)) {
                rule.report(statement, StatementTexts.offsetOf(statement, node), describe(node)
                        + " is applied to indexed column \"" + ColumnDefinitions.unquote(column.getColumnName())
                        + "\" in the WHERE clause, which prevents index usage.");
                return;
            }
        }
    }

    /** The operands of a function or calculation (arithmetic, bitwise, unary minus or ~); none for other nodes. */
    private static List<Expression> operands(Expression node) {
        if (node instanceof Function function) {
            return function.getParameters() == null ? List.of() : List.copyOf(function.getParameters());
        }
        if (node instanceof SignedExpression signed) {
            return signed.getSign() == '-' || signed.getSign() == '~' ? List.of(signed.getExpression()) : List.of();
        }
        if (isCalculation(node)) {
            BinaryExpression binary = (BinaryExpression) node;
            return List.of(binary.getLeftExpression(), binary.getRightExpression());
        }
        return List.of();
    }

    /** The column under parentheses and casts, which keep the value (and the index) as it is; else null. */
    private static Column unwrap(Expression operand) {
        Expression inner = operand;
        while (true) {
            if (inner instanceof Column column) {
                return column;
            } else if (inner instanceof CastExpression cast) {
                inner = cast.getLeftExpression();
            } else if (inner instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
                inner = list.get(0);
            } else {
                return null;
            }
        }
    }

    private static boolean isCalculation(Expression node) {
        return node instanceof Addition || node instanceof Subtraction || node instanceof Multiplication
                || node instanceof Division || node instanceof IntegerDivision || node instanceof Modulo
                || node instanceof BitwiseAnd || node instanceof BitwiseOr || node instanceof BitwiseXor
                || node instanceof BitwiseLeftShift || node instanceof BitwiseRightShift;
    }

    /** "Function \"UPPER\"" or "Calculation". */
    private static String describe(Expression node) {
        return node instanceof Function function ? "Function \"" + function.getName().toUpperCase(Locale.ROOT) + "\""
                : "Calculation";
    }
}
