package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokensTest {

    @Test
    void shouldDropCommentsAndKeepOffsetsIntoTheText() {
        String sql = "ALTER /* why */ TABLE -- note\n \"Order\" ADD";

        List<Token> tokens = SqlTokens.tokenize(sql, SqlEngine.POSTGRESQL);

        assertThat(tokens).extracting(Token::text).containsExactly("ALTER", "TABLE", "Order", "ADD");
        assertThat(tokens.get(2).kind()).isEqualTo(Token.Kind.QUOTED);
        assertThat(tokens.get(2).offset()).isEqualTo(sql.indexOf('"'));
        assertThat(tokens.get(3).offset()).isEqualTo(sql.lastIndexOf("ADD"));
    }

    @Test
    void shouldReadDollarQuotedBodiesAndStringsAsOneToken() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 'x; NOT VALID' $body$ LANGUAGE sql";

        List<Token> tokens = SqlTokens.tokenize(sql, SqlEngine.POSTGRESQL);

        assertThat(tokens).filteredOn(token -> token.kind() == Token.Kind.STRING).singleElement()
                .extracting(Token::text).isEqualTo("$body$ SELECT 'x; NOT VALID' $body$");
        assertThat(Tokens.contains(tokens, "NOT", "VALID")).isFalse();
    }

    @Test
    void shouldReadMySqlBackquotesHashCommentsAndBackslashEscapes() {
        String sql = "UPDATE `t` SET a = 'it\\'s' # trailing\n, b = 2";

        List<Token> tokens = SqlTokens.tokenize(sql, SqlEngine.MYSQL);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("UPDATE", "t", "SET", "a", "=", "'it\\'s'", ",", "b", "=", "2");
    }

    @Test
    void shouldSplitClausesAtTopLevelCommasOnly() {
        List<Token> tokens = SqlTokens.tokenize("ADD CHECK (a IN (1, 2)), DROP b", SqlEngine.POSTGRESQL);

        List<List<Token>> parts = Tokens.splitTopLevel(tokens, 0);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).extracting(Token::upper).containsExactly("DROP", "B");
    }
}
