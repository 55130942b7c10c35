package io.jenkins.plugins.dbgitops.engine.sql;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.sql.LexicalRules.Feature;

/**
 * Finds where the tokens of one script end: comments, strings, quoted identifiers, dollar quotes and words, by the
 * rules of one engine. It keeps no state between calls apart from the {@link LineCounter} used for error positions.
 * Where no escapes can occur it jumps with {@link String#indexOf}, so long strings cost no per-character work here.
 */
final class ScriptLexer {
    /** Returned when no token of the asked kind starts at an offset. */
    static final int NONE = -1;

    private final String script;
    private final int length;
    private final LexicalRules rules;
    private final LineCounter lines;
    /** Null for a whole script, where an unclosed token is an error; else the token runs to the end, noted here. */
    private final boolean[] unclosed;

    ScriptLexer(String script, LexicalRules rules, LineCounter lines) {
        this(script, rules, lines, null);
    }

    private ScriptLexer(String script, LexicalRules rules, LineCounter lines, boolean[] unclosed) {
        this.script = script;
        this.length = script.length();
        this.rules = rules;
        this.lines = lines;
        this.unclosed = unclosed;
    }

    /**
     * A lexer for a fragment (one statement, a message) that never throws: an unclosed comment, string or quoted
     * identifier ends at the end of the text, and {@link #lastUnclosed} says so.
     */
    static ScriptLexer lenient(String text, LexicalRules rules) {
        return new ScriptLexer(text, rules, null, new boolean[1]);
    }

    /** Whether the token last ended by a lenient lexer ran to the end of the text unclosed; clears the note. */
    boolean lastUnclosed() {
        boolean was = unclosed != null && unclosed[0];
        if (unclosed != null) {
            unclosed[0] = false;
        }
        return was;
    }

    static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                || c >= 0x80 && Character.isLetterOrDigit(c);
    }

    static boolean isWordPart(char c) {
        return isWordStart(c) || c == '$';
    }

    /** The character at {@code offset}, or {@link #NONE} past the end. */
    int peek(int offset) {
        return offset < length ? script.charAt(offset) : NONE;
    }

    /** The offset of the line break that ends the line containing {@code from}, or the script's length. */
    int lineEnd(int from) {
        int i = from;
        while (i < length && script.charAt(i) != '\n' && script.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- comments

    /** The end of the comment at {@code start} (not an executable one), or {@link #NONE} if none starts there. */
    int commentEnd(int start) {
        char c = script.charAt(start);
        int next = peek(start + 1);
        if (c == '-' && next == '-' && (!rules.has(Feature.DASH_COMMENT_NEEDS_SPACE) || isSpaceOrEnd(start + 2))) {
            return lineEnd(start + 2);
        }
        if (c == '#' && rules.has(Feature.HASH_COMMENTS)) {
            return lineEnd(start + 1);
        }
        if (c == '/' && next == '/' && rules.has(Feature.SLASH_SLASH_COMMENTS)) {
            return lineEnd(start + 2);
        }
        if (c == '/' && next == '*' && !isExecutableComment(start)) {
            return blockCommentEnd(start);
        }
        return NONE;
    }

    private boolean isSpaceOrEnd(int offset) {
        return offset >= length || script.charAt(offset) <= ' ';
    }

    private int blockCommentEnd(int start) {
        if (!rules.has(Feature.NESTED_BLOCK_COMMENTS)) {
            int close = script.indexOf("*/", start + 2);
            if (close < 0) {
                return unterminated("block comment", "*/", start);
            }
            return close + 2;
        }
        int depth = 1;
        int i = start + 2;
        while (i < length) {
            char c = script.charAt(i);
            if (c == '*' && peek(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '/' && peek(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return unterminated("block comment", "*/ (block comments nest here: every /* inside needs its own */)",
                start);
    }

    private boolean isExecutableComment(int start) {
        return rules.has(Feature.EXECUTABLE_COMMENTS)
                && (script.startsWith("/*!", start) || script.startsWith("/*M!", start));
    }

    // ---------------------------------------------------------------- quoted tokens

    /**
     * The end of the string, quoted identifier, dollar quote or executable comment at {@code start}, or
     * {@link #NONE} if none starts there. An {@code E'...'} string is found through {@link #escapeStringEnd}.
     */
    int quotedEnd(int start) {
        switch (script.charAt(start)) {
            case '\'':
                return stringEnd(start, start, '\'', rules.has(Feature.BACKSLASH_ESCAPES));
            case '"':
                return rules.has(Feature.DOUBLE_QUOTED_STRINGS)
                        ? stringEnd(start, start, '"', rules.has(Feature.BACKSLASH_ESCAPES))
                        : identifierEnd(start, '"');
            case '`':
                return rules.has(Feature.BACKTICK_IDENTIFIERS) ? identifierEnd(start, '`') : NONE;
            case '[':
                return rules.has(Feature.BRACKET_IDENTIFIERS) ? identifierEnd(start, ']') : NONE;
            case '$':
                return dollarQuoteEnd(start);
            case '/':
                return isExecutableComment(start) ? executableCommentEnd(start) : NONE;
            default:
                return NONE;
        }
    }

    /**
     * If the word at {@code [start, end)} is the prefix {@code E} of a PostgreSQL escape string {@code E'...'},
     * the end of that string; otherwise {@link #NONE}.
     */
    int escapeStringEnd(int start, int end) {
        char c = script.charAt(start);
        if (rules.has(Feature.ESCAPE_STRING_PREFIX) && end == start + 1 && (c == 'E' || c == 'e')
                && peek(end) == '\'') {
            return stringEnd(start, end, '\'', true);
        }
        return NONE;
    }

    /**
     * The end of a string whose opening quote is at {@code open}; {@code start} is where its prefix (such as
     * {@code E}) begins. A doubled quote stands for one quote; with {@code backslashEscapes} a backslash escapes the
     * next character.
     */
    private int stringEnd(int start, int open, char quote, boolean backslashEscapes) {
        int end = backslashEscapes ? escapedQuoteEnd(open, quote) : doubledQuoteEnd(open, quote);
        if (end == NONE) {
            String escapes = backslashEscapes ? quote + "" + quote + " or \\" + quote : quote + "" + quote;
            return unterminated("string literal", quote + " (write " + escapes + " for a quote inside it)", start);
        }
        return end;
    }

    /**
     * The end of the single-quoted string whose quote is at {@code open}, or {@link #NONE} when it never closes;
     * unlike {@link #quotedEnd} it does not throw, for text that is not a whole script (an error message).
     */
    int singleQuotedEndOrNone(int open) {
        return rules.has(Feature.BACKSLASH_ESCAPES) ? escapedQuoteEnd(open, '\'') : doubledQuoteEnd(open, '\'');
    }

    private int identifierEnd(int start, char closingQuote) {
        int end = doubledQuoteEnd(start, closingQuote);
        if (end == NONE) {
            return unterminated("quoted identifier " + script.charAt(start), String.valueOf(closingQuote), start);
        }
        return end;
    }

    /** A doubled closing quote stands for one, except for SQLite's {@code [...]}, which has no escape. */
    private int doubledQuoteEnd(int open, char quote) {
        int from = open + 1;
        while (true) {
            int close = script.indexOf(quote, from);
            if (close < 0) {
                return NONE;
            }
            if (quote == ']' || peek(close + 1) != quote) {
                return close + 1;
            }
            from = close + 2;
        }
    }

    private int escapedQuoteEnd(int open, char quote) {
        int i = open + 1;
        while (i < length) {
            char c = script.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c != quote) {
                i++;
            } else if (peek(i + 1) == quote) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return NONE;
    }

    private int dollarQuoteEnd(int start) {
        int tagEnd = dollarTagEnd(start);
        if (tagEnd == NONE) {
            return NONE;
        }
        String tag = script.substring(start, tagEnd);
        int close = script.indexOf(tag, tagEnd);
        if (close < 0) {
            return unterminated("dollar-quoted string " + tag, tag, start);
        }
        return close + tag.length();
    }

    /**
     * The end of the opening {@code $tag$} at {@code start}, or {@link #NONE} for a {@code $} that opens no dollar
     * quote, such as the parameter {@code $1}. A tag starts with a letter or underscore.
     */
    private int dollarTagEnd(int start) {
        boolean tagged = rules.has(Feature.TAGGED_DOLLAR_QUOTES);
        if (!tagged && !rules.has(Feature.UNTAGGED_DOLLAR_QUOTES)) {
            return NONE;
        }
        if (peek(start + 1) == '$') {
            return start + 2;
        }
        int i = start + 1;
        if (!tagged || i >= length || !isTagStart(script.charAt(i))) {
            return NONE;
        }
        do {
            i++;
        } while (i < length && isTagPart(script.charAt(i)));
        return peek(i) == '$' ? i + 1 : NONE;
    }

    private static boolean isTagStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return isTagStart(c) || c >= '0' && c <= '9';
    }

    private int executableCommentEnd(int start) {
        int close = script.indexOf("*/", start + 2);
        if (close < 0) {
            String opener = script.substring(start, script.indexOf('!', start) + 1);
            return unterminated("executable comment " + opener, "*/", start);
        }
        return close + 2;
    }

    /** The end of an unclosed token in lenient mode (the text's end); in a whole script, the error. */
    private int unterminated(String construct, String closer, int start) {
        if (unclosed != null) {
            unclosed[0] = true;
            return length;
        }
        lines.moveTo(start);
        throw new SqlSplitException(
                SqlSplitException.unterminatedMessage(construct, closer, lines.line(), lines.column()),
                new TextPosition(lines.line(), lines.column()));
    }
}
