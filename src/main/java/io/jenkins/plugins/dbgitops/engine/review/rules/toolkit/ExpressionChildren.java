package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The direct sub-expressions of the expression types that appear in conditions and values, listed explicitly
 * rather than through JSqlParser's visitor adapters, whose walking behaviour changed between versions.
 */
public final class ExpressionChildren {
    private ExpressionChildren() {
    }

    /**
     * Calls {@code visitor} on the expression and every expression nested in it, parents first, without entering
     * subqueries (which {@link QueryTree#selects()} lists separately).
     */
    public static void walk(Expression expression, Consumer<Expression> visitor) {
        if (expression == null) {
            return;
        }
        visitor.accept(expression);
        for (Expression child : of(expression, false)) {
            walk(child, visitor);
        }
    }

    /** The direct sub-expressions of an expression, for the node types that appear in conditions and values. */
    public static List<Expression> of(Expression expression, boolean withSubqueries) {
        if (isLeaf(expression)) {
            return List.of(); // most nodes: no object, no list and no chain of type tests
        }
        Children children = new Children(withSubqueries);
        if (expression instanceof BinaryExpression binary) {
            children.add(binary.getLeftExpression());
            children.add(binary.getRightExpression());
        } else if (expression instanceof ExpressionList<?> list) {
            children.addAll(list);
        } else if (expression instanceof Function function) {
            children.addAll(function.getParameters());
        } else if (expression instanceof NotExpression not) {
            children.add(not.getExpression());
        } else if (expression instanceof InExpression in) {
            children.add(in.getLeftExpression());
            children.add(in.getRightExpression());
        } else if (expression instanceof Between between) {
            children.add(between.getLeftExpression());
            children.add(between.getBetweenExpressionStart());
            children.add(between.getBetweenExpressionEnd());
        } else if (expression instanceof IsNullExpression isNull) {
            children.add(isNull.getLeftExpression());
        } else if (expression instanceof IsBooleanExpression isBoolean) {
            children.add(isBoolean.getLeftExpression());
        } else if (expression instanceof SignedExpression signed) {
            children.add(signed.getExpression());
        } else if (expression instanceof CastExpression cast) {
            children.add(cast.getLeftExpression());
        } else if (expression instanceof CaseExpression caseExpression) {
            children.add(caseExpression.getSwitchExpression());
            children.addAll(caseExpression.getWhenClauses());
            children.add(caseExpression.getElseExpression());
        } else if (expression instanceof WhenClause when) {
            children.add(when.getWhenExpression());
            children.add(when.getThenExpression());
        } else if (expression instanceof AnalyticExpression analytic) {
            children.add(analytic.getExpression());
        }
        return children.list();
    }

    /** Columns and literals, the commonest nodes, which have no sub-expressions. */
    private static boolean isLeaf(Expression expression) {
        return expression instanceof Column || expression instanceof LongValue || expression instanceof StringValue
                || expression instanceof NullValue || expression instanceof DoubleValue;
    }

    /**
     * The children being listed, without nulls and, unless asked for, without subqueries: filtered as they are added
     * rather than by a {@code removeIf} lambda allocated for every node of every condition.
     */
    private static final class Children {
        private final boolean withSubqueries;
        private List<Expression> list; // null while empty: most nodes are leaves

        Children(boolean withSubqueries) {
            this.withSubqueries = withSubqueries;
        }

        void add(Expression child) {
            if (child != null && (withSubqueries || !(child instanceof Select))) {
                if (list == null) {
                    list = new ArrayList<>(3);
                }
                list.add(child);
            }
        }

        List<Expression> list() {
            return list == null ? List.of() : list;
        }

        void addAll(List<? extends Expression> children) {
            if (children != null) {
                for (Expression child : children) {
                    add(child);
                }
            }
        }
    }
}
