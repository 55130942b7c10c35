package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Every SELECT block and every condition of one statement, found by walking the syntax tree explicitly. JSqlParser
 * 5.4's visitor adapters do not descend into subqueries, so this class does the walk itself and the statement rules
 * share it; {@code QueryTreeTest} pins what it finds. The tree is only read, never changed.
 */
public final class QueryTree {
    /** The last statement walked: rules run one after another on the same statement. */
    private static final LastMemo<Statement, QueryTree> LAST = new LastMemo<>();

    /**
     * The syntax-tree types this walk looks into; for any other statement {@link #selects()} and
     * {@link #conditions()} are empty, so a rule that only judges them may declare these as its statement types.
     */
    public static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(Select.class, Insert.class,
            Update.class, Delete.class, Merge.class, CreateTable.class, CreateView.class);

    private final List<Block> selects = new ArrayList<>();
    private final List<Expression> conditions = new ArrayList<>();
    private List<Expression> conditionNodes;

    /**
     * A SELECT block.
     *
     * @param select      the block
     * @param inCondition whether it is a subquery inside a condition (IN, EXISTS, a comparison), so its rows are
     *                    used as a set rather than returned or stored
     */
    public record Block(PlainSelect select, boolean inCondition) {
    }

    private QueryTree() {
    }

    /** The tree of the statement; walked once per statement. */
    public static QueryTree of(Statement statement) {
        return LAST.get(statement, walked -> {
            QueryTree tree = new QueryTree();
            tree.walkStatement(walked);
            return tree;
        });
    }

    /** Every SELECT block, outer blocks before the blocks nested in them. */
    public List<Block> selects() {
        return selects;
    }

    /** The SELECT blocks that pass the test, in {@link #selects()} order; a loop, not a stream, for hot rules. */
    public List<PlainSelect> selects(Predicate<PlainSelect> test) {
        List<PlainSelect> matching = List.of();
        for (Block block : selects) {
            if (test.test(block.select())) {
                if (matching.isEmpty()) {
                    matching = new ArrayList<>(2);
                }
                matching.add(block.select());
            }
        }
        return matching;
    }

    /**
     * Every condition: WHERE and HAVING of each block, JOIN ... ON, and the WHERE of UPDATE and DELETE and the ON of
     * MERGE. Subqueries inside a condition are blocks of their own, with conditions of their own.
     */
    public List<Expression> conditions() {
        return conditions;
    }

    /**
     * Every node of every condition, in {@link #conditions()} order and, within one, as {@link #walk} visits them:
     * listed once per statement for the half dozen rules that look at each node, instead of a walk per rule.
     */
    public List<Expression> conditionNodes() {
        if (conditionNodes == null) {
            List<Expression> nodes = new ArrayList<>();
            for (Expression condition : conditions) {
                ExpressionChildren.walk(condition, nodes::add);
            }
            conditionNodes = nodes;
        }
        return conditionNodes;
    }

    /**
     * Calls {@code visitor} on the expression and every expression nested in it, parents first, without entering
     * subqueries (which {@link #selects()} lists separately).
     */
    public static void walk(Expression expression, Consumer<Expression> visitor) {
        ExpressionChildren.walk(expression, visitor);
    }

    private void walkStatement(Statement statement) {
        if (statement instanceof Select select) {
            walkSelect(select, false);
        } else if (statement instanceof Insert insert) {
            walkWith(insert.getWithItemsList());
            if (insert.getSelect() != null) {
                walkSelect(insert.getSelect(), false);
            }
        } else if (statement instanceof Update update) {
            walkWith(update.getWithItemsList());
            walkFrom(update.getFromItem());
            walkJoins(update.getStartJoins());
            walkJoins(update.getJoins());
            if (update.getUpdateSets() != null) {
                for (UpdateSet set : update.getUpdateSets()) {
                    for (Expression value : set.getValues()) {
                        walkValue(value, false);
                    }
                }
            }
            addCondition(update.getWhere());
        } else if (statement instanceof Delete delete) {
            walkWith(delete.getWithItemsList());
            walkJoins(delete.getJoins());
            addCondition(delete.getWhere());
        } else if (statement instanceof Merge merge) {
            walkFrom(merge.getFromItem());
            addCondition(merge.getOnCondition());
        } else if (statement instanceof CreateTable create && create.getSelect() != null) {
            walkSelect(create.getSelect(), false);
        } else if (statement instanceof CreateView view && view.getSelect() != null) {
            walkSelect(view.getSelect(), false);
        }
    }

    private void walkSelect(Select select, boolean inCondition) {
        walkWith(select.getWithItemsList());
        if (select instanceof PlainSelect plain) {
            selects.add(new Block(plain, inCondition));
            if (plain.getSelectItems() != null) {
                for (SelectItem<?> item : plain.getSelectItems()) {
                    walkValue(item.getExpression(), inCondition);
                }
            }
            walkFrom(plain.getFromItem());
            walkJoins(plain.getJoins());
            addCondition(plain.getWhere());
            addCondition(plain.getHaving());
        } else if (select instanceof SetOperationList setOperations) {
            for (Select member : setOperations.getSelects()) {
                walkSelect(member, inCondition);
            }
        } else if (select instanceof ParenthesedSelect parenthesed) {
            walkSelect(parenthesed.getSelect(), inCondition);
        } else if (select instanceof LateralSubSelect lateral) {
            walkSelect(lateral.getSelect(), inCondition);
        }
    }

    private void walkWith(List<WithItem<?>> withItems) {
        if (withItems != null) {
            for (WithItem<?> item : withItems) {
                if (item.getSelect() != null) {
                    walkSelect(item.getSelect(), false);
                }
            }
        }
    }

    private void walkFrom(FromItem from) {
        if (from instanceof Select select) {
            walkSelect(select, false);
        } else if (from instanceof ParenthesedFromItem parenthesed) {
            walkFrom(parenthesed.getFromItem());
            walkJoins(parenthesed.getJoins());
        }
    }

    private void walkJoins(Collection<Join> joins) {
        if (joins != null) {
            for (Join join : joins) {
                walkFrom(join.getFromItem());
                for (Expression on : join.getOnExpressions()) {
                    addCondition(on);
                }
            }
        }
    }

    private void addCondition(Expression condition) {
        if (condition != null) {
            conditions.add(condition);
            walkSubqueries(condition, true);
        }
    }

    /** Finds subqueries in a returned or assigned value (select list, SET) as well as in conditions. */
    private void walkValue(Expression value, boolean inCondition) {
        walkSubqueries(value, inCondition);
    }

    private void walkSubqueries(Expression expression, boolean inCondition) {
        if (expression == null) {
            return;
        }
        if (expression instanceof Select select) {
            walkSelect(select, inCondition);
            return;
        }
        if (expression instanceof ExistsExpression exists) {
            walkSubqueries(exists.getRightExpression(), true);
            return;
        } else if (expression instanceof AnyComparisonExpression any) {
            walkSelect(any.getSelect(), true);
            return;
        }
        for (Expression child : ExpressionChildren.of(expression, true)) {
            walkSubqueries(child, inCondition);
        }
    }
}
