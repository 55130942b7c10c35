package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

/** Pins what the explicit walk finds, and the JSqlParser 5.4 behaviour that made it necessary. */
class QueryTreeTest {

    @Test
    void shouldFindEveryBlockOfANestedStatementOuterFirst() throws JSQLParserException {
        Statement statement = parse("WITH recent AS (SELECT id FROM orders WHERE created > 1)"
                + " INSERT INTO archive (id) SELECT r.id FROM recent r JOIN (SELECT id FROM flags) f ON f.id = r.id"
                + " WHERE r.id IN (SELECT id FROM holds WHERE x = 1) AND EXISTS (SELECT 1 FROM locks)"
                + " UNION SELECT id FROM extra");

        QueryTree tree = QueryTree.of(statement);

        assertThat(tree.selects()).extracting(block -> fromOf(block.select()))
                .containsExactly("orders", "recent", "flags", "holds", "locks", "extra");
        assertThat(tree.selects()).extracting(QueryTree.Block::inCondition)
                .containsExactly(false, false, false, true, true, false);
        assertThat(tree.conditions()).extracting(Object::toString).containsExactly("created > 1", "f.id = r.id",
                "r.id IN (SELECT id FROM holds WHERE x = 1) AND EXISTS (SELECT 1 FROM locks)", "x = 1");
    }

    @Test
    void shouldFindConditionsOfUpdateAndDeleteWithSubqueries() throws JSQLParserException {
        QueryTree tree = QueryTree.of(parse("DELETE FROM t WHERE id IN (SELECT id FROM u WHERE name LIKE '%x')"));

        assertThat(tree.selects()).singleElement().satisfies(block -> assertThat(block.inCondition()).isTrue());
        assertThat(tree.conditions()).extracting(Object::toString)
                .containsExactly("id IN (SELECT id FROM u WHERE name LIKE '%x')", "name LIKE '%x'");
    }

    @Test
    void shouldWalkExpressionsWithoutEnteringSubqueries() throws JSQLParserException {
        PlainSelect select = (PlainSelect) parse(
                "SELECT a FROM t WHERE upper(b) = 'X' AND NOT (c + 1 > 2) AND d IN (SELECT e FROM u WHERE f = 1)");
        List<String> columns = new ArrayList<>();

        QueryTree.walk(select.getWhere(), node -> {
            if (node instanceof Column column) {
                columns.add(column.getColumnName());
            }
        });

        assertThat(columns).containsExactly("b", "c", "d");
    }

    @Test
    void shouldReuseTheTreeForTheSameStatementOnly() throws JSQLParserException {
        Statement first = parse("SELECT a FROM t WHERE a = 1");
        Statement second = parse("SELECT a FROM t WHERE a = 1");

        assertThat(QueryTree.of(first)).isSameAs(QueryTree.of(first)).isNotSameAs(QueryTree.of(second));
    }

    /**
     * JSqlParser 5.4's ExpressionVisitorAdapter walks sub-expressions but does not enter a subquery unless given a
     * SelectVisitor. If this starts failing, JSqlParser changed how its adapters walk: revisit QueryTree.
     */
    @Test
    void shouldNoticeWhenJsqlParserAdaptersStartWalkingSubqueries() throws JSQLParserException {
        PlainSelect select = (PlainSelect) parse("SELECT a FROM t WHERE a LIKE '%x' AND c IN (SELECT d FROM u WHERE e LIKE '%y')");
        List<Expression> likes = new ArrayList<>();
        ExpressionVisitorAdapter<Void> adapter = new ExpressionVisitorAdapter<>() {
            @Override
            public <S> Void visit(LikeExpression like, S context) {
                likes.add(like);
                return super.visit(like, context);
            }
        };

        select.getWhere().accept(adapter, null);

        assertThat(likes).extracting(Object::toString).containsExactly("a LIKE '%x'");
    }

    private static Statement parse(String sql) throws JSQLParserException {
        return CCJSqlParserUtil.parse(sql);
    }

    private static String fromOf(PlainSelect select) {
        return select.getFromItem() == null ? "" : select.getFromItem().toString().split(" ")[0];
    }
}
