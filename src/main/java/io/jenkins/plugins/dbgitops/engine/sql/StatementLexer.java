package io.jenkins.plugins.dbgitops.engine.sql;

/**
 * The engine's lexer ({@link ScriptLexer} with the engine's {@link LexicalRules}) over one statement or fragment, for
 * everything that reads SQL below the parser: the token rules, normalisation, the parse diagnosis. It never throws:
 * an unclosed string, quoted identifier or comment runs to the end of the text and is reported as unclosed.
 */
public final class StatementLexer {

    /** What a token is. White space is not a token. */
    public enum Kind {
        /** A keyword or an unquoted name (also a {@code $1} parameter). */
        WORD,
        /** A number: a digit followed by letters, digits and dots ({@code 1}, {@code 1.5}, {@code 10M}). */
        NUMBER,
        /** A string literal: {@code '...'}, {@code E'...'}, a dollar quote, or {@code "..."} where that is a string. */
        STRING,
        /** A quoted identifier: {@code "..."}, {@code `...`} or {@code [...]}, as the engine quotes names. */
        QUOTED_IDENTIFIER,
        /** A comment, including MySQL's executable {@code /*! ... *}{@code /}. */
        COMMENT,
        /** Any other single character. */
        SYMBOL
    }

    /** Receives the tokens in order; return false to stop. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param unclosed the token runs to the end of the text without its closing quote or comment end
         * @return whether to go on
         */
        boolean token(Kind kind, int start, int end, boolean unclosed);
    }

    private StatementLexer() {
    }

    /** Feeds the tokens of {@code text}, read by the engine's rules, to {@code sink}. */
    public static void scan(String text, SqlEngine engine, Sink sink) {
        LexicalRules rules = LexicalRules.forEngine(engine);
        ScriptLexer lexer = ScriptLexer.lenient(text, rules);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = lexer.commentEnd(i);
            Kind kind = Kind.COMMENT;
            if (end == ScriptLexer.NONE) {
                end = lexer.quotedEnd(i);
                kind = quotedKind(c, rules);
            }
            if (end == ScriptLexer.NONE) {
                if (c >= '0' && c <= '9') {
                    end = numberEnd(text, i);
                    kind = Kind.NUMBER;
                } else if (ScriptLexer.isWordStart(c) || c == '$') {
                    end = i + 1;
                    while (end < length && ScriptLexer.isWordPart(text.charAt(end))) {
                        end++;
                    }
                    int escaped = lexer.escapeStringEnd(i, end);
                    kind = escaped == ScriptLexer.NONE ? Kind.WORD : Kind.STRING;
                    end = escaped == ScriptLexer.NONE ? end : escaped;
                } else {
                    end = i + 1;
                    kind = Kind.SYMBOL;
                }
            }
            if (!sink.token(kind, i, end, lexer.lastUnclosed())) {
                return;
            }
            i = end;
        }
    }

    /** The offset of the first character that is neither white space nor in a comment, or the text's length. */
    public static int firstTokenStart(String text, SqlEngine engine) {
        int[] first = {text.length()};
        scan(text, engine, (kind, start, end, unclosed) -> {
            if (kind == Kind.COMMENT) {
                return true;
            }
            first[0] = start;
            return false;
        });
        return first[0];
    }

    private static Kind quotedKind(char opener, LexicalRules rules) {
        return switch (opener) {
            case '\'', '$' -> Kind.STRING;
            case '"' -> rules.has(LexicalRules.Feature.DOUBLE_QUOTED_STRINGS) ? Kind.STRING : Kind.QUOTED_IDENTIFIER;
            case '/' -> Kind.COMMENT;
            default -> Kind.QUOTED_IDENTIFIER;
        };
    }

    private static int numberEnd(String text, int start) {
        int end = start + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        return end;
    }
}
