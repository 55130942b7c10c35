package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ExpressionChildren;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.schema.Column;

/** The parts of a WHERE or ON condition that defeat an index: a function or calculation over a column. */
final class WhereSuspects {
    private WhereSuspects() {
    }

    /**
     * The functions and calculations of a WHERE clause with a column among their operands, in walk order: the only
     * nodes that need the table scope and the catalog, so most clauses build neither.
     */
    static List<Expression> suspects(Expression node, List<Expression> found) {
        if (node == null) {
            return found;
        }
        List<Expression> children = ExpressionChildren.of(node, false);
        List<Expression> result = found;
        if (isFunctionOrCalculation(node) && hasColumn(children)) {
            result = result.isEmpty() ? new ArrayList<>() : result;
            result.add(node);
        }
        for (Expression child : children) {
            result = suspects(child, result);
        }
        return result;
    }

    static boolean hasColumn(List<Expression> operands) {
        for (Expression operand : operands) {
            if (operand instanceof Column) {
                return true;
            }
        }
        return false;
    }

    static boolean isFunctionOrCalculation(Expression node) {
        return node instanceof Function || node instanceof Addition || node instanceof Subtraction
                || node instanceof Multiplication || node instanceof Division || node instanceof IntegerDivision
                || node instanceof Modulo || node instanceof SignedExpression;
    }

    /** "Function \"UPPER\"" or "Calculation". */
    static String describe(Expression node) {
        return node instanceof Function function ? "Function \"" + function.getName() + "\"" : "Calculation";
    }
}
