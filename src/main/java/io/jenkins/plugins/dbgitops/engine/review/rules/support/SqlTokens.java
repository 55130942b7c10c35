package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Token.Kind;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.StatementLexer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Splits one statement into tokens for rules about syntax JSqlParser 5.4 rejects ({@code NOT VALID},
 * {@code USING INDEX}, {@code VACUUM FULL}, ...) or does not model. Comments are dropped; offsets point into the
 * statement's text so findings can name a precise column. A statement's tokens are computed once and shared by
 * every rule (a {@link StatementContext.Fact}).
 */
public final class SqlTokens {
    /** How many leading tokens are kept for {@link #startsWith}. */
    private static final int HEAD = 6;
    private static final StatementContext.Fact<List<Token>> ALL = StatementContext.Fact.of(
            statement -> Collections.unmodifiableList(tokenize(statement.text(), statement.engine())));
    private static final StatementContext.Fact<List<Token>> FIRST = StatementContext.Fact.of(
            statement -> tokenize(statement.text(), statement.engine(), HEAD));

    private SqlTokens() {
    }

    /** The statement's tokens; computed once per statement and shared by every rule. */
    public static List<Token> of(StatementContext statement) {
        return statement.fact(ALL);
    }

    /**
     * Whether the statement begins with these keywords (given in upper case). Reads only the first few tokens, once
     * per statement, so it is cheap even for a 50 MB {@code INSERT}: rules call it before anything else.
     */
    public static boolean startsWith(StatementContext statement, String... keywords) {
        List<Token> head = statement.fact(FIRST);
        if (head.size() == HEAD && keywords.length > HEAD) {
            head = of(statement);
        }
        return Tokens.startsWith(head, 0, keywords);
    }

    /**
     * The statement's first keyword in upper case, or {@code ""} when it starts with anything but a word: one look-up
     * for rules that would otherwise try {@link #startsWith} with keyword after keyword on every statement.
     */
    public static String firstWord(StatementContext statement) {
        List<Token> head = statement.fact(FIRST);
        return head.isEmpty() || head.get(0).kind() != Kind.WORD ? "" : head.get(0).upper();
    }

    /** Tokenizes SQL text written for the engine. */
    public static List<Token> tokenize(String text, SqlEngine engine) {
        return tokenize(text, engine, Integer.MAX_VALUE);
    }

    private static List<Token> tokenize(String text, SqlEngine engine, int limit) {
        List<Token> tokens = new ArrayList<>();
        StatementLexer.scan(text, engine, (kind, start, end, unclosed) -> {
            String token = text.substring(start, end);
            switch (kind) {
                case COMMENT -> {
                    return true;
                }
                case STRING -> tokens.add(new Token(token, "", start, Kind.STRING));
                case QUOTED_IDENTIFIER -> {
                    char quote = text.charAt(start);
                    String close = String.valueOf(quote == '[' ? ']' : quote);
                    String name = text.substring(start + 1, unclosed ? end : Math.max(start + 1, end - 1))
                            .replace(close + close, close);
                    tokens.add(new Token(name, name.toUpperCase(Locale.ROOT), start, Kind.QUOTED));
                }
                case NUMBER -> tokens.add(new Token(token, token.toUpperCase(Locale.ROOT), start, Kind.NUMBER));
                case WORD -> tokens.add(new Token(token, token.toUpperCase(Locale.ROOT), start, Kind.WORD));
                default -> tokens.add(new Token(token, token, start, Kind.SYMBOL));
            }
            return tokens.size() < limit;
        });
        return tokens;
    }
}
