package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Splits scripts for the splitter tests and checks what every split must satisfy. */
final class SplitResults {
    private SplitResults() {
    }

    /**
     * Splits {@code script} and checks that each statement's offsets select exactly its text in the script (after a
     * byte order mark) and that indexes count from 0.
     */
    static List<SqlStatement> split(SqlEngine engine, String script) {
        List<SqlStatement> statements = StatementSplitter.forEngine(engine).split(script);
        String body = script.startsWith("\uFEFF") ? script.substring(1) : script;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            assertThat(statement.index()).as("index of statement %d", i).isEqualTo(i);
            assertThat(body.substring(statement.startOffset(), statement.endOffset()))
                    .as("script text between the offsets of statement %d", i).isEqualTo(statement.text());
        }
        return statements;
    }

    /** The text, line and column of a statement, for {@link #assertStatements}. */
    static Tuple statement(String text, int line, int column) {
        return tuple(text, line, column);
    }

    static void assertStatements(List<SqlStatement> actual, Tuple... expected) {
        assertThat(actual).extracting(SqlStatement::text, SqlStatement::line, SqlStatement::column)
                .containsExactly(expected);
    }

    static SqlSplitException splitError(SqlEngine engine, String script) {
        Throwable thrown = catchThrowable(() -> StatementSplitter.forEngine(engine).split(script));
        assertThat(thrown).isInstanceOf(SqlSplitException.class);
        return (SqlSplitException) thrown;
    }

    static void assertPosition(SqlSplitException error, int line, int column) {
        assertThat(error.position()).as("position of the error").isEqualTo(new TextPosition(line, column));
    }
}
