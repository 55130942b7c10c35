package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token.Kind;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.StatementLexer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The rules' view of a statement below the parser, in two forms computed once per statement and shared by every
 * rule: its {@link Token}s from the engine's lexer ({@link #of}), with offsets for precise columns, and the words of
 * its normalised text ({@link #words}), for matching clause shapes. For syntax JSqlParser 5.4 rejects ({@code NOT VALID},
 * {@code USING INDEX}, {@code VACUUM FULL}, ...) or does not model. Comments are dropped; offsets point into the
 * statement's text so findings can name a precise column. A statement's tokens are computed once and shared by
 * every rule (a {@link StatementContext.Fact}).
 */
public final class SqlTokens {
    /** How many leading tokens are kept for {@link #startsWith}. */
    private static final int HEAD = 6;
    private static final StatementContext.Fact<List<Token>> ALL = StatementContext.Fact.of(
            statement -> Collections.unmodifiableList(tokenize(statement.text(), statement.engine())));
    private static final StatementContext.Fact<List<String>> NORMALIZED = StatementContext.Fact.of(
            statement -> Collections.unmodifiableList(words(statement.normalized())));
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
     * The statement's tokens if it begins with these keywords, else none: the cheap {@link #startsWith} first, so a
     * rule tokenizes only the statements it judges.
     */
    public static List<Token> startingWith(StatementContext statement, String... keywords) {
        return startsWith(statement, keywords) ? of(statement) : List.of();
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

    /**
     * The words of the statement's normalised text ({@code StatementContext.normalized()}: upper case, comments gone,
     * literals blanked) and the punctuation {@code ( ) , = ;}, for rules that match clause shapes; computed once per
     * statement and shared by every rule.
     */
    public static List<String> words(StatementContext statement) {
        return statement.fact(NORMALIZED);
    }

    /** The words of a normalised text: words (including {@code ''} for a blanked literal) and single punctuation. */
    public static List<String> words(String normalized) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean punctuation = c == '(' || c == ')' || c == ',' || c == '=' || c == ';';
            if (punctuation || c == ' ') {
                if (start >= 0) {
                    tokens.add(normalized.substring(start, i));
                    start = -1;
                }
                if (punctuation) {
                    tokens.add(String.valueOf(c));
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(normalized.substring(start));
        }
        return tokens;
    }

    /** The index of the first occurrence of the word sequence at or after {@code from}, or -1. */
    public static int indexOf(List<String> tokens, int from, String... words) {
        return KeywordSequence.find(tokens, from, String::equals, words);
    }

    /** Whether the word sequence occurs anywhere. */
    public static boolean contains(List<String> tokens, String... words) {
        return indexOf(tokens, 0, words) >= 0;
    }

    /** Whether the tokens at {@code index} are exactly the words. */
    public static boolean matchesAt(List<String> tokens, int index, String... words) {
        return KeywordSequence.isAt(tokens, index, String::equals, words);
    }

    /** Whether the statement starts with the words, skipping the optional words listed in {@code optional}. */
    public static boolean startsWith(List<String> tokens, List<String> optional, String... words) {
        int i = 0;
        int matched = 0;
        while (i < tokens.size() && matched < words.length) {
            if (tokens.get(i).equals(words[matched])) {
                matched++;
            } else if (!optional.contains(tokens.get(i))) {
                return false;
            }
            i++;
        }
        return matched == words.length;
    }
}
