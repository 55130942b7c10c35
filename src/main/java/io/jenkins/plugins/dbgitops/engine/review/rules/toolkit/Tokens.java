package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.ArrayList;
import java.util.List;

/** Matching helpers over a statement's tokens. Keywords are given in upper case. */
public final class Tokens {
    private Tokens() {
    }

    /** Whether the keywords appear in order starting at {@code from}. */
    public static boolean startsWith(List<Token> tokens, int from, String... keywords) {
        return KeywordSequence.isAt(tokens, from, Token::is, keywords);
    }

    /** The index of the first occurrence of the keyword sequence at or after {@code from}, or -1. */
    public static int find(List<Token> tokens, int from, String... keywords) {
        return KeywordSequence.find(tokens, from, Token::is, keywords);
    }

    public static boolean contains(List<Token> tokens, String... keywords) {
        return find(tokens, 0, keywords) >= 0;
    }

    /** The index just after an optional {@code IF EXISTS} / {@code IF NOT EXISTS} at {@code from}. */
    public static int skipIfExists(List<Token> tokens, int from) {
        if (startsWith(tokens, from, "IF", "NOT", "EXISTS")) {
            return from + 3;
        }
        return startsWith(tokens, from, "IF", "EXISTS") ? from + 2 : from;
    }

    /** The index just after a possibly qualified name ({@code a}, {@code s.a}, {@code "S"."a"}) at {@code from}. */
    public static int skipName(List<Token> tokens, int from) {
        int i = from;
        if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
            return i;
        }
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && tokens.get(i + 1).isIdentifier()) {
            i += 2;
        }
        return i;
    }

    /** The name written between {@code from} and {@code to}, parts joined by dots, quotes removed. */
    public static String name(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            name.append(tokens.get(i).text());
        }
        return name.toString();
    }

    /** Splits {@code tokens[from..]} at commas outside parentheses. */
    public static List<List<Token>> splitTopLevel(List<Token> tokens, int from) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (depth == 0 && token.isSymbol(',')) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }
}
