package io.jenkins.plugins.dbgitops.engine.sql;

import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertPosition;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertStatements;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.split;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.splitError;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts that end inside a construct, reported with the position where the construct starts. */
class StatementSplitterErrorTest {
    private static final String STANDARD_QUOTE = "' (write '' for a quote inside it)";
    private static final String ESCAPED_QUOTE = "' (write '' or \\' for a quote inside it)";

    @Test
    void shouldReportAnUnterminatedDollarQuoteWithItsTagAndStart() {
        // Given
        String script = "SELECT 1;\n".repeat(10) + "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS\n"
                + "    $body$ BEGIN RETURN 1; END;\n";

        // When
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, script);

        // Then
        assertPosition(error, 12, 5);
        assertThat(error).isInstanceOf(UserInputException.class).hasMessage(
                "Unterminated dollar-quoted string $body$ starting at line 12, column 5: close it with $body$.");
    }

    @Test
    void shouldKeepItsPositionThroughJavaSerialisation() throws Exception {
        // Given an error as a rollout on an agent would send it to the controller
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, "SELECT 1;\nSELECT 'open");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(error);
        }

        // When
        SqlSplitException copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SqlSplitException) in.readObject();
        }

        // Then
        assertThat(copy).hasMessage(error.getMessage());
        assertPosition(copy, 2, 8);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2"})
    void shouldReportAnUnterminatedUntaggedDollarQuoteAfterCrLf(SqlEngine engine) {
        // Given
        String script = "SELECT 1;\r\nDO $$ BEGIN";

        // When
        SqlSplitException error = splitError(engine, script);

        // Then
        assertPosition(error, 2, 4);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("dollar-quoted string $$", "$$", 2, 4));
    }

    @ParameterizedTest
    @EnumSource(SqlEngine.class)
    void shouldReportAnUnterminatedStringAtItsOpeningQuote(SqlEngine engine) {
        // Given
        String script = "SELECT 1;\nINSERT INTO t VALUES ('a;\nb);";

        // When
        SqlSplitException error = splitError(engine, script);

        // Then
        assertPosition(error, 2, 23);
        String closer = engine.isMySqlFamily() ? ESCAPED_QUOTE : STANDARD_QUOTE;
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("string literal", closer, 2, 23));
    }

    @Test
    void shouldReportAMySqlStringWhoseClosingQuoteIsEscaped() {
        // Given
        String script = "SELECT 'abc\\';";

        // When
        SqlSplitException error = splitError(SqlEngine.MYSQL, script);

        // Then
        assertPosition(error, 1, 8);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("string literal", ESCAPED_QUOTE, 1, 8));
    }

    @Test
    void shouldReportAnUnterminatedEscapeStringAtItsPrefix() {
        // Given
        String script = "SELECT E'it\\'s";

        // When
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, script);

        // Then
        assertPosition(error, 1, 8);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("string literal", ESCAPED_QUOTE, 1, 8));
    }

    @Test
    void shouldReportAnUnterminatedQuotedIdentifier() {
        // Given
        String script = "SELECT \"abc FROM t;";

        // When
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, script);

        // Then
        assertPosition(error, 1, 8);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("quoted identifier \"", "\"", 1, 8));
    }

    @Test
    void shouldReportAnUnterminatedBacktickIdentifier() {
        // Given
        String script = "SELECT 1;\nSELECT `abc FROM t;";

        // When
        SqlSplitException error = splitError(SqlEngine.MARIADB, script);

        // Then
        assertPosition(error, 2, 8);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("quoted identifier `", "`", 2, 8));
    }

    @Test
    void shouldReportAnUnterminatedSqliteBracketIdentifier() {
        // Given
        String script = "SELECT [abc;";

        // When
        SqlSplitException error = splitError(SqlEngine.SQLITE, script);

        // Then
        assertPosition(error, 1, 8);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("quoted identifier [", "]", 1, 8));
    }

    @Test
    void shouldReportANestedBlockCommentThatIsNotClosedInPostgreSql() {
        // Given
        String script = "/* outer /* inner */ still open\nSELECT 1;";

        // When
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, script);

        // Then
        assertPosition(error, 1, 1);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("block comment",
                "*/ (block comments nest here: every /* inside needs its own */)", 1, 1));
    }

    @Test
    void shouldCloseTheSameBlockCommentAtTheFirstCloserInMySql() {
        // Given
        String script = "/* outer /* inner */ still open\nSELECT 1;";

        // When
        var statements = split(SqlEngine.MYSQL, script);

        // Then
        assertStatements(statements, statement("still open\nSELECT 1", 1, 22));
    }

    @Test
    void shouldReportAnUnterminatedBlockCommentInMySql() {
        // Given
        String script = "SELECT 1; /* open";

        // When
        SqlSplitException error = splitError(SqlEngine.MYSQL, script);

        // Then
        assertPosition(error, 1, 11);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("block comment", "*/", 1, 11));
    }

    @Test
    void shouldReportAnUnterminatedExecutableComment() {
        // Given
        String script = "SELECT 1;\n  /*M!100100 SET NAMES utf8 ;";

        // When
        SqlSplitException error = splitError(SqlEngine.MARIADB, script);

        // Then
        assertPosition(error, 2, 3);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("executable comment /*M!", "*/", 2, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELIMITER\nSELECT 2;", "delimiter   \nSELECT 2;", "DELIMITER ''\nSELECT 2;", "DELIMITER"})
    void shouldReportADelimiterCommandWithoutDelimiter(String command) {
        // Given
        String script = "SELECT 1;\n" + command;

        // When
        SqlSplitException error = splitError(SqlEngine.MYSQL, script);

        // Then
        assertPosition(error, 2, 1);
        assertThat(error).hasMessage(SqlSplitException.missingDelimiterMessage(2, 1));
    }

    @Test
    void shouldReportAMySqlRoutineWhoseBlockIsNeverClosed() {
        // Given
        String script = "SELECT 1;\n  CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n";

        // When
        SqlSplitException error = splitError(SqlEngine.MYSQL, script);

        // Then
        assertPosition(error, 2, 3);
        assertThat(error).hasMessage(SqlSplitException.unclosedBlockMessage(2, 3, true))
                .hasMessageContaining("DELIMITER $$");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "SQLITE"})
    void shouldReportAStandardRoutineBodyThatIsNeverClosed(SqlEngine engine) {
        // Given
        String script = "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n".replace(
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql",
                engine == SqlEngine.SQLITE ? "CREATE TRIGGER t AFTER INSERT ON a" : "CREATE FUNCTION f() RETURNS int");

        // When
        SqlSplitException error = splitError(engine, script);

        // Then
        assertPosition(error, 1, 1);
        assertThat(error).hasMessage(SqlSplitException.unclosedBlockMessage(1, 1, false))
                .hasMessageNotContaining("DELIMITER");
    }

    @Test
    void shouldReportPositionsAfterAByteOrderMarkAndCrLf() {
        // Given
        String script = "\uFEFFSELECT 1;\r\n  SELECT 'x";

        // When
        SqlSplitException error = splitError(SqlEngine.POSTGRESQL, script);

        // Then
        assertPosition(error, 2, 10);
    }
}
