package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
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
}
