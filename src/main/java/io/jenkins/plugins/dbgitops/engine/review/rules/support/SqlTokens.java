package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Token.Kind;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
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
        boolean mysql = engine.isMySqlFamily();
        int length = text.length();
        int i = 0;
        while (i < length && tokens.size() < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < length && text.charAt(i + 1) == '-' || c == '#' && mysql) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '\'') {
                int end = SqlText.endOfQuoted(text, i, '\'', mysql);
                tokens.add(new Token(text.substring(i, end), "", i, Kind.STRING));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = SqlText.endOfQuoted(text, i, c, false);
                String name = text.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new Token(name, name.toUpperCase(Locale.ROOT), i, Kind.QUOTED));
                i = end;
            } else if (c == '$' && !mysql && SqlText.dollarTagEnd(text, i) > 0) {
                int tagEnd = SqlText.dollarTagEnd(text, i);
                String tag = text.substring(i, tagEnd);
                int close = text.indexOf(tag, tagEnd);
                int end = close < 0 ? length : close + tag.length();
                tokens.add(new Token(text.substring(i, end), "", i, Kind.STRING));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < length && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), text.substring(i, end).toUpperCase(Locale.ROOT), i, Kind.NUMBER));
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < length && (isWordChar(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
                    end++;
                }
                String word = text.substring(i, end);
                tokens.add(new Token(word, word.toUpperCase(Locale.ROOT), i, Kind.WORD));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), String.valueOf(c), i, Kind.SYMBOL));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }
}
