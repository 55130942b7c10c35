package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse errors end up in reports; a password literal that JSqlParser quotes must not. */
class ParseErrorRedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE USER app IDENTIFIED BY 'S3cr3t-Pa55' PASSWORD EXPIRE NEVER GARBAGE",
        "ALTER ROLE app WITH LOGIN PASSWORD 'S3cr3t-Pa55' VALID UNTIL 'infinity' )",
        "SET PASSWORD FOR 'app'@'%' = 'S3cr3t-Pa55' extra tokens"
    })
    void shouldNeverQuoteALiteralInAParseError(String sql) {
        SqlStatement statement = StatementSplitter.forEngine(SqlEngine.MYSQL).split(sql + ";").get(0);

        ParsedStatement parsed = SqlParser.withDefaults().parse(statement);

        assertThat(parsed.ast()).isEmpty();
        assertThat(parsed.parseError()).doesNotContain("S3cr3t-Pa55");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Encountered \"'abc'\" at line 1", "token 'it''s' here"})
    void shouldRedactSingleQuotedLiteralsInMessages(String message) {
        assertThat(SqlText.redactLiterals(message)).doesNotContain("abc").doesNotContain("it''s").contains("'…'");
    }

    @Test
    void shouldRedactAMegabyteLiteralAndAnUnclosedOneWithoutRecursion() {
        String huge = "x".repeat(1024 * 1024);

        assertThat(SqlText.redactLiterals("Encountered \"'" + huge + "'\" at line 1"))
                .isEqualTo("Encountered \"'…'\" at line 1");
        assertThat(SqlText.redactLiterals("token 'it\\'s " + huge)).isEqualTo("token '…'");
        assertThat(SqlText.blankLiterals(" DEFAULT '" + huge + "' NOT NULL ")).isEqualTo(" DEFAULT '' NOT NULL ");
    }
}
