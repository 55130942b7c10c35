package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

/**
 * One token of a statement, with its offset in the statement's text.
 *
 * @param text   as written (quoted identifiers without their quotes)
 * @param upper  upper-cased text, for keyword comparison; empty for strings
 * @param offset offset of the first character within the statement's text
 * @param kind   what the token is
 */
public record Token(String text, String upper, int offset, Kind kind) {
    /** What a token is. */
    public enum Kind {
        /** A keyword or unquoted identifier. */
        WORD,
        /** A double-quoted or backquoted identifier. */
        QUOTED,
        /** A string literal, including PostgreSQL dollar-quoted bodies. */
        STRING,
        /** A number. */
        NUMBER,
        /** Punctuation or an operator, one character. */
        SYMBOL
    }

    /** Whether this is the unquoted keyword {@code keyword} (given in upper case). */
    public boolean is(String keyword) {
        return kind == Kind.WORD && upper.equals(keyword);
    }

    public boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** Whether this token can be (part of) an object name. */
    public boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }
}
