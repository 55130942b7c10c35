package io.jenkins.plugins.dbgitops.engine.sql;

import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertStatements;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.split;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting rules that hold for every engine: delimiters, strings, comments, positions and line endings. */
class StatementSplitterTest {

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldSplitStatementsAndReportTheirLineAndColumn(SqlEngine engine) {
        // Given
        String script = "CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1);\n  UPDATE a SET id = 2;\n";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("CREATE TABLE a (id INT)", 1, 1),
                statement("INSERT INTO a VALUES (1)", 2, 1),
                statement("UPDATE a SET id = 2", 3, 3));
        assertThat(statements.get(0).startOffset()).isZero();
        assertThat(statements.get(0).endOffset()).isEqualTo(23);
        assertThat(statements.get(2).startOffset()).isEqualTo(53);
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldKeepALastStatementWithoutDelimiter(SqlEngine engine) {
        // Given
        String script = "SELECT 1;\nSELECT 2\n\n";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1), statement("SELECT 2", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldSkipEmptyStatements(SqlEngine engine) {
        // Given
        String script = ";;\n ;SELECT 1;;\n;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 2, 3));
        assertThat(statements.get(0).index()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t", ";;", "-- only a comment", "/* block */ ;\n-- and a line\n"})
    void shouldFindNoStatementInScriptsWithoutSql(String script) {
        for (SqlEngine engine : SqlEngine.values()) {
            // When
            List<SqlStatement> statements = split(engine, script);

            // Then
            assertThat(statements).as("statements for %s", engine).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldRemoveAByteOrderMarkAndCountOffsetsAfterIt(SqlEngine engine) {
        // Given
        String script = "\uFEFFSELECT 1;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1), statement("SELECT 2", 2, 1));
        assertThat(statements).extracting(SqlStatement::startOffset).containsExactly(0, 10);
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldCountCrLfAsOneLineBreakAndKeepItInTheText(SqlEngine engine) {
        // Given
        String script = "SELECT 1;\r\n\r\nSELECT\r\n  2;\r\nSELECT 3;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("SELECT 1", 1, 1),
                statement("SELECT\r\n  2", 3, 1),
                statement("SELECT 3", 5, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldCountALoneCarriageReturnAsALineBreak(SqlEngine engine) {
        // Given: CR, CR CR, and LF followed by CR (two breaks)
        String script = "SELECT 1;\rSELECT 2;\r\rSELECT 3;\n\rSELECT 4";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("SELECT 1", 1, 1),
                statement("SELECT 2", 2, 1),
                statement("SELECT 3", 4, 1),
                statement("SELECT 4", 6, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldCountATabAndANonAsciiLetterAsOneColumnEach(SqlEngine engine) {
        // Given
        String script = "\tSELECT 'é';\t\tSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 'é'", 1, 2), statement("SELECT 2", 1, 15));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldTrimWhiteSpaceBeforeTheDelimiter(SqlEngine engine) {
        // Given
        String script = "SELECT 1   \n\t;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1));
        assertThat(statements.get(0).endOffset()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldKeepSemicolonsInStringsWithDoubledQuotes(SqlEngine engine) {
        // Given
        String script = "INSERT INTO t VALUES ('a;b', 'it''s; fine', '');\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", 1, 1),
                statement("SELECT 2", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldKeepSemicolonsInDoubleQuotesWithDoubledQuotes(SqlEngine engine) {
        // Given: an identifier in PostgreSQL, H2 and SQLite, a string in MySQL
        String script = "SELECT \"a;\"\"b\" FROM t;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT \"a;\"\"b\" FROM t", 1, 1), statement("SELECT 2", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldNotStartCommentsInsideStrings(SqlEngine engine) {
        // Given
        String script = "SELECT '-- no', '/* no', 'no */', '# no' FROM t;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("SELECT '-- no', '/* no', 'no */', '# no' FROM t", 1, 1),
                statement("SELECT 2", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldKeepCommentsInsideAStatementInItsText(SqlEngine engine) {
        // Given
        String script = "SELECT 1 /* ; */ + 2 -- ;\n;\nSELECT 3;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1 /* ; */ + 2 -- ;", 1, 1), statement("SELECT 3", 3, 1));
        assertThat(statements).extracting(SqlStatement::leadingComments).containsExactly("", "");
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldPutCommentsWithQuotesAndSemicolonsBeforeAStatementIntoItsLeadingComments(SqlEngine engine) {
        // Given
        String script = "-- first; it's\n/* second; \"quoted\n   over lines */\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 4, 1));
        assertThat(statements.get(0).leadingComments())
                .isEqualTo("-- first; it's\n/* second; \"quoted\n   over lines */");
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldGiveCommentsBetweenTwoStatementsToTheSecond(SqlEngine engine) {
        // Given
        String script = "SELECT 1; -- about 1\n-- about 2\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1), statement("SELECT 2", 3, 1));
        assertThat(statements).extracting(SqlStatement::leadingComments)
                .containsExactly("", "-- about 1\n-- about 2");
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldJoinLeadingCommentsAcrossEmptyStatementsWithALineBreak(SqlEngine engine) {
        // Given
        String script = "-- a\n; -- b\n;\n  /* c */ SELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 4, 11));
        assertThat(statements.get(0).leadingComments()).isEqualTo("-- a\n-- b\n/* c */");
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldDropCommentsAfterTheLastStatement(SqlEngine engine) {
        // Given
        String script = "SELECT 1; -- done\n/* end */\n";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1));
        assertThat(statements.get(0).leadingComments()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldDropCommentsAfterALastStatementWithoutDelimiter(SqlEngine engine) {
        // Given
        String script = "SELECT 1;\nSELECT 2 /* kept */ + 3\n-- TODO: more\n/* later */";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1), statement("SELECT 2 /* kept */ + 3", 2, 1));
    }

    @Test
    void shouldSplitLargeScriptsCompletely() {
        // Given: 1 MB of data rows (speed on 50 MB files is measured by the benchmarks, not here)
        String row = "INSERT INTO t VALUES (1, 'O''Brien; -- /* not a comment', NULL, 12.50); -- note\n";
        String script = row.repeat(1_000_000 / row.length());

        // When
        List<SqlStatement> statements = split(SqlEngine.MYSQL, script);

        // Then
        assertThat(statements).hasSize(1_000_000 / row.length());
        assertThat(statements.get(statements.size() - 1).line()).isEqualTo(statements.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEGIN", "BEGIN WORK", "BEGIN TRANSACTION", "START TRANSACTION", "begin"})
    void shouldTreatTransactionControlAsOrdinaryStatements(String begin) {
        for (SqlEngine engine : SqlEngine.values()) {
            // Given
            String script = begin + ";\nINSERT INTO t VALUES (1);\nCOMMIT;";

            // When
            List<SqlStatement> statements = split(engine, script);

            // Then
            assertStatements(statements,
                    statement(begin, 1, 1),
                    statement("INSERT INTO t VALUES (1)", 2, 1),
                    statement("COMMIT", 3, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldKeepCaseExpressionsOfOrdinaryStatementsInOnePiece(SqlEngine engine) {
        // Given
        String script = "SELECT CASE WHEN a THEN 'x;' ELSE 'y' END FROM t;\nUPDATE t SET b = CASE b WHEN 1 THEN 2 END;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("SELECT CASE WHEN a THEN 'x;' ELSE 'y' END FROM t", 1, 1),
                statement("UPDATE t SET b = CASE b WHEN 1 THEN 2 END", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2"})
    void shouldNestBlockCommentsInPostgreSqlAndH2(SqlEngine engine) {
        // Given
        String script = "/* a /* b; */ c; */ SELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 21));
        assertThat(statements.get(0).leadingComments()).isEqualTo("/* a /* b; */ c; */");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB", "SQLITE"})
    void shouldEndBlockCommentsAtTheFirstCloserInMySqlAndSqlite(SqlEngine engine) {
        // Given
        String script = "/* a /* b; */ c; */ SELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("c", 1, 15), statement("*/ SELECT 1", 1, 18));
        assertThat(statements.get(0).leadingComments()).isEqualTo("/* a /* b; */");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2", "SQLITE"})
    void shouldNotTreatHashAsACommentOutsideMySql(SqlEngine engine) {
        // Given
        String script = "SELECT 5 # 3;\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 5 # 3", 1, 1), statement("SELECT 1", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2", "SQLITE"})
    void shouldStartALineCommentAtTwoDashesWithoutSpaceOutsideMySql(SqlEngine engine) {
        // Given
        String script = "SELECT 1--1;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1--1;\nSELECT 2", 1, 1));
    }

    @Test
    void shouldStreamStatementsLazily() {
        // Given
        String script = "SELECT 1;\nSELECT 'unterminated";
        StatementSplitter splitter = StatementSplitter.forEngine(SqlEngine.POSTGRESQL);

        // When
        Stream<SqlStatement> statements = splitter.stream(script);

        // Then
        assertThat(statements.findFirst()).get().extracting(SqlStatement::text).isEqualTo("SELECT 1");
        assertThatThrownBy(() -> splitter.stream(script).count()).isInstanceOf(SqlSplitException.class);
        assertThatThrownBy(() -> splitter.split(script)).isInstanceOf(SqlSplitException.class);
    }

    @Test
    void shouldStreamTheSameStatementsAsSplit() {
        // Given
        String script = "-- c\nSELECT 1;\n;\nSELECT 2";
        StatementSplitter splitter = StatementSplitter.forEngine(SqlEngine.MYSQL);

        // When
        List<SqlStatement> streamed = splitter.stream(script).toList();

        // Then
        assertThat(streamed).isEqualTo(splitter.split(script));
    }
}
