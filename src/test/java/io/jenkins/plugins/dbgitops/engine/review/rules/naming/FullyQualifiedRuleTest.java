package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullyQualifiedRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new FullyQualifiedRule();
    }

    @Test
    void shouldIgnoreCommonTableExpressionsAndFunctionsWithoutTables() {
        assertThat(findings(SqlEngine.POSTGRESQL, "WITH recent AS (SELECT id FROM sales.orders)"
                + " SELECT id FROM recent;\nSELECT now();")).isEmpty();
    }

    @Test
    void shouldSkipStatementsWhoseTablesJsqlParserCannotList() {
        // JSqlParser's TablesNamesFinder throws for SET; the review must go on to the next statement
        assertThat(findings(SqlEngine.POSTGRESQL, "SET lock_timeout = '5s';\nSELECT id FROM orders;"))
                .extracting(Finding::line).containsExactly(2);
    }

    @Test
    void shouldReportEachUnqualifiedTableOfDdlAndDml() {
        String sql = "CREATE TABLE t (id int REFERENCES s.o (id));\nUPDATE s.t SET a = (SELECT max(a) FROM u);";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings).extracting(Finding::message)
                .containsExactly("Unqualified object name: 't'.", "Unqualified object name: 'u'.");
    }

    @Test
    void shouldFollowBytebasesPostgresqlCases() {
        // Bytebase pg/test/naming_fully_qualified.yaml
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE TABLE public.pokesv1 (foo int, bar varchar);\n"
                + "INSERT INTO public.pokesv1 VALUES (1, '1');\nCREATE TABLE public.pokes (foo int);\n"
                + "CREATE TABLE pokesv2 (foo int, bar varchar);"))).containsExactly(4);
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE SEQUENCE public.seq;\nCREATE SEQUENCE seq;\n"
                + "DROP SEQUENCE public.seq;"))).containsExactly(2);
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE public.pokesv1 (foo int);\n"
                + "ALTER TABLE pokesv1 RENAME TO pokesv2;")).extracting(Finding::message)
                .containsExactly("Unqualified object name: 'pokesv1'.");
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE TABLE public.pokes (foo int);\n"
                + "SELECT * FROM (SELECT (pokes.foo) FROM pokes) AS foo;"))).containsExactly(2);
    }

    @Test
    void shouldSkipStatementsWithoutTablesInsteadOfFailing() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SET search_path = sales;\nCREATE SCHEMA sales;\n"
                + "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql;\nDROP INDEX idx_a;")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "SHOW TABLES;\nUSE sales;")).isEmpty();
    }

    @Test
    void shouldFindTheSameTablesInPlainStatementsAsTablesNamesFinder() throws Exception {
        // Given SELECTs, UPDATEs and DELETEs with and without joins, subqueries, CTEs, set operations and odd words
        List<String> selects = List.of(
                "SELECT 1",
                "SELECT id FROM orders",
                "SELECT o.id, c.email FROM orders o JOIN sales.customers c ON c.id = o.customer_id LEFT JOIN items i"
                        + " ON i.order_id = o.id WHERE o.total > 10 ORDER BY o.id LIMIT 5",
                "SELECT * FROM a, b, c WHERE a.x = b.x",
                "SELECT * FROM a JOIN a ON true",
                "SELECT id FROM orders WHERE id IN (SELECT order_id FROM items)",
                "SELECT id FROM orders WHERE EXISTS (SELECT 1 FROM items WHERE items.order_id = orders.id)",
                "SELECT (SELECT max(id) FROM items) AS m FROM orders",
                "SELECT x FROM (SELECT 1 AS x) s",
                "SELECT * FROM orders o, LATERAL (SELECT * FROM items i WHERE i.order_id = o.id) l",
                "WITH t AS (SELECT 1 AS x) SELECT x FROM t JOIN orders ON true",
                "SELECT id FROM orders UNION SELECT id FROM archive.orders",
                "SELECT * FROM (VALUES (1), (2)) v(x) JOIN orders ON true",
                "SELECT extract(year FROM created_at) FROM orders",
                "SELECT 'select from' AS s FROM orders",
                "SELECT \"Id\" FROM \"Orders\" JOIN \"sales\".\"Items\" ON true",
                "SELECT id FROM timetable",
                "SELECT id FROM orders WHERE note = 'é' AND id = ANY(ARRAY[1, 2])",
                "SELECT count(*) FROM orders GROUP BY status HAVING count(*) > (SELECT 1)",
                "UPDATE orders SET status = 'closed', amount = amount + 1 WHERE id = 3",
                "UPDATE sales.orders SET name = upper(name) WHERE created_at < now() - INTERVAL '3 days'",
                "UPDATE orders t SET parent_id = p.id FROM orders p WHERE p.email = t.email",
                "UPDATE orders SET total = (SELECT sum(amount) FROM items WHERE items.order_id = orders.id)",
                "UPDATE orders SET status = 'x' WHERE id = 1 RETURNING id",
                "UPDATE orders SET total = (SELECT 1) WHERE id = 2",
                "DELETE FROM orders WHERE id = (SELECT 1)",
                "DELETE FROM orders WHERE id = 7",
                "DELETE FROM sales.orders WHERE status = 'closed'",
                "DELETE FROM orders WHERE tenant_id IN (SELECT tenant_id FROM tenants WHERE status = 'x')",
                "DELETE FROM orders USING items WHERE items.order_id = orders.id",
                "WITH old AS (SELECT id FROM archive) DELETE FROM orders WHERE id IN (SELECT id FROM old)");

        // Then the shortcut either leaves a statement to the finder or answers exactly as it does, in the same order
        int answered = 0;
        for (String sql : selects) {
            net.sf.jsqlparser.statement.Statement ast = net.sf.jsqlparser.parser.CCJSqlParserUtil.parse(sql);
            List<String> expected = new ArrayList<>(
                    new net.sf.jsqlparser.util.TablesNamesFinder<Void>().getTables(ast));
            assertThat(new ArrayList<>(NamedTables.tables(ast, sql))).as(sql)
                    .containsExactlyElementsOf(expected);
            if (ast instanceof net.sf.jsqlparser.statement.select.PlainSelect plain
                    && NamedTables.simpleSelectTables(plain, sql) != null
                    || ast instanceof net.sf.jsqlparser.statement.update.Update update
                    && NamedTables.simpleUpdateTables(update, sql) != null
                    || ast instanceof net.sf.jsqlparser.statement.delete.Delete delete
                    && NamedTables.simpleDeleteTables(delete, sql) != null) {
                answered++;
            }
        }
        assertThat(answered).as("plain statements answered without the finder").isGreaterThanOrEqualTo(9);
    }

    @Test
    void shouldSuspectANestedQueryWheneverTheTextCouldSpellOne() {
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t JOIN u ON t.id = u.id", 1, 1)).isFalse();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t WHERE b IN (SELECT b FROM u)", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("select a from t where b in (from u)", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t WHERE b IN (VALUES (1))", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t WHERE b IN (TABLE u)", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t |> WHERE a > 1", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t, LATERAL f(a)", 1, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t JOIN u ON u.x = t.x WHERE a = 'select from'", 1, 1))
                .as("no parenthesis, no nested query").isFalse();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t WHERE b = '\u017F \u00e9' AND c IN (1)", 1, 1)).isFalse();
        assertThat(NamedTables.mayNestQuery("SELECT a FROM t WHERE b = '\u017Felect' AND c IN (1)", 1, 1))
                .as("a long s folds to s in Java's case-insensitive compare").isTrue();
        assertThat(NamedTables.mayNestQuery("DELETE FROM t WHERE a = 1", 0, 1)).isFalse();
        assertThat(NamedTables.mayNestQuery("DELETE FROM t WHERE a = (SELECT 1)", 0, 1)).isTrue();
        assertThat(NamedTables.mayNestQuery("UPDATE t SET a = 1", 0, 0)).isFalse();
        assertThat(NamedTables.mayNestQuery("UPDATE t SET a = (SELECT 1)", 0, 0)).isTrue();
    }
}
