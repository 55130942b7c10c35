package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

class SqlParserTest {

    @Test
    void shouldParseOnTheCallingThread() throws InterruptedException {
        // Given a parser and a thread of our own
        SqlParser parser = SqlParser.withDefaults();
        AtomicReference<ParsedStatement> result = new AtomicReference<>();
        Thread caller = new Thread(() -> result.set(parser.parse(statement(
                "CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL)"))));

        // When it parses there
        caller.start();
        caller.join();

        // Then the tree is there, and no pool thread was needed to time the parse
        assertThat(result.get().ast()).get().isInstanceOf(CreateTable.class);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("dbgitops-sql-parser");
    }

    @Test
    void shouldReportASyntaxErrorAsUnparsedWithJsqlParsersMessage() {
        ParsedStatement parsed = SqlParser.withDefaults().parse(statement("SELECT FROM WHERE"));

        assertThat(parsed.ast()).isEmpty();
        assertThat(parsed.tooLarge()).isFalse();
        assertThat(parsed.parseError()).contains("Encountered").doesNotContain("\n");
    }

    @Test
    void shouldStopAPathologicalParseAtTheTimeoutAndKeepWorking() {
        // Given a 50 ms timeout and a statement of some 4 million characters, which takes JSqlParser seconds
        SqlParser parser = new SqlParser(Duration.ofMillis(50), Integer.MAX_VALUE);
        StringBuilder sql = new StringBuilder("SELECT * FROM t WHERE a IN (0");
        for (int i = 1; i < 200_000; i++) {
            sql.append(", coalesce(b, ").append(i).append(')');
        }
        sql.append(')');

        // When it is parsed
        ParsedStatement parsed = parser.parse(statement(sql.toString()));

        // Then it is left to the token rules with a reason, not reported as wrong SQL
        assertThat(parsed.ast()).isEmpty();
        assertThat(parsed.tooLarge()).isTrue();
        assertThat(parsed.parseError()).contains("did not finish parsing the statement within 50 ms");
        // and the next statement parses normally: the interruption was for that parse only
        assertThat(parser.parse(statement("SELECT a FROM t WHERE b = 1")).ast()).isPresent();
    }

    @Test
    void shouldSkipStatementsOverTheSizeLimit() {
        ParsedStatement parsed = new SqlParser(Duration.ofSeconds(10), 20).parse(statement(
                "INSERT INTO t (a) VALUES (1), (2), (3)"));

        assertThat(parsed.ast()).isEmpty();
        assertThat(parsed.tooLarge()).isTrue();
        assertThat(parsed.parseError()).contains("over the 20-character parse limit");
    }

    private static SqlStatement statement(String text) {
        return new SqlStatement(0, text, 1, 1, 0, text.length(), "");
    }
}
