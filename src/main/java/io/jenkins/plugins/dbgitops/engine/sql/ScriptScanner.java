package io.jenkins.plugins.dbgitops.engine.sql;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.sql.LexicalRules.Feature;

/**
 * Reads one script, statement by statement, in a single pass over its characters. A {@link ScriptLexer} skips
 * comments, strings, quoted identifiers and dollar quotes as whole tokens; words and symbols go to a
 * {@link BlockTracker} that knows whether a {@code ;} lies inside a routine body; lines are only counted up to the
 * starts of statements and errors. Each statement's text is the only part of the script that is copied.
 */
final class ScriptScanner {
    private static final String DEFAULT_DELIMITER = ";";
    private static final String DELIMITER_COMMAND = "DELIMITER";
    private static final int NONE = ScriptLexer.NONE;

    private final String script;
    private final int length;
    private final boolean delimiterCommands;
    private final ScriptLexer lexer;
    private final BlockTracker blocks;
    private final LineCounter lines;
    private final StringBuilder leadingComments = new StringBuilder();

    private String delimiter = DEFAULT_DELIMITER;
    private int pos;
    private int nextIndex;
    private boolean atLineStart = true;
    private int lastCommentEnd;
    private boolean separatedSinceComment;

    /** @param script the script without a byte order mark */
    ScriptScanner(String script, SqlEngine engine) {
        LexicalRules rules = LexicalRules.forEngine(engine);
        this.script = script;
        this.length = script.length();
        this.delimiterCommands = rules.has(Feature.DELIMITER_COMMAND);
        this.lines = new LineCounter(script);
        this.lexer = new ScriptLexer(script, rules, lines);
        this.blocks = BlockTracker.forEngine(engine, script);
    }

    /**
     * Returns the next statement, or {@code null} at the end of the script.
     *
     * @throws SqlSplitException if a string, identifier, comment or block is still open at the end of the script
     */
    SqlStatement next() {
        int start = skipToStatementStart();
        return start == NONE ? null : readStatement(start);
    }

    /** Skips white space, empty statements, comments (kept as leading comments) and DELIMITER commands. */
    private int skipToStatementStart() {
        while (pos < length) {
            char c = script.charAt(pos);
            if (c == '\n' || c == '\r') {
                atLineStart = true;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (isDelimiterAt(pos)) {
                pos += delimiter.length();
                markSeparator();
            } else if (atLineStart && isDelimiterCommandAt(pos)) {
                readDelimiterCommand();
                markSeparator();
            } else {
                int commentEnd = lexer.commentEnd(pos);
                if (commentEnd == NONE) {
                    return pos;
                }
                addLeadingComment(pos, commentEnd);
                pos = commentEnd;
                atLineStart = false;
            }
        }
        leadingComments.setLength(0);
        return NONE;
    }

    private SqlStatement readStatement(int start) {
        lines.moveTo(start);
        int line = lines.line();
        int column = lines.column();
        blocks.reset();
        int end = skipStatementBody(start);
        boolean terminated = pos < length;
        if (!terminated && insideBlock()) {
            throw new SqlSplitException(SqlSplitException.unclosedBlockMessage(line, column, delimiterCommands),
                    new TextPosition(line, column));
        }
        SqlStatement statement = new SqlStatement(nextIndex++, script.substring(start, end), line, column, start, end,
                takeLeadingComments());
        if (terminated) {
            pos += delimiter.length();
            atLineStart = false;
        }
        return statement;
    }

    /**
     * Moves to the delimiter that ends the statement, or to the end of the script, and returns the end of the
     * statement's text: its last token before the delimiter, or at the end of the script its last token that is not
     * a comment, since comments after the last statement belong to none.
     */
    private int skipStatementBody(int start) {
        int end = start;
        int codeEnd = start;
        while (pos < length) {
            if (Character.isWhitespace(script.charAt(pos))) {
                pos++;
            } else if (isDelimiterAt(pos) && !insideBlock()) {
                return end;
            } else {
                int commentEnd = lexer.commentEnd(pos);
                if (commentEnd == NONE) {
                    pos = skipToken(pos);
                    codeEnd = pos;
                } else {
                    pos = commentEnd;
                }
                end = pos;
            }
        }
        return codeEnd;
    }

    /** Blocks are only tracked under the default delimiter: a DELIMITER change says where routines end. */
    private boolean insideBlock() {
        return DEFAULT_DELIMITER.equals(delimiter) && blocks.insideBlock();
    }

    private boolean isDelimiterAt(int offset) {
        return script.charAt(offset) == delimiter.charAt(0)
                && (delimiter.length() == 1 || script.startsWith(delimiter, offset));
    }

    /**
     * Skips the token (not a comment) at {@code start}, tells the block tracker about it, and returns the offset just
     * past it.
     */
    private int skipToken(int start) {
        int quotedEnd = lexer.quotedEnd(start);
        if (quotedEnd != NONE) {
            blocks.onOtherToken();
            return quotedEnd;
        }
        if (ScriptLexer.isWordStart(script.charAt(start))) {
            return skipWord(start);
        }
        blocks.onSymbol(start);
        return start + 1;
    }

    /** A word ends early where a custom delimiter starts, so that {@code END$$} ends a statement as in mysql. */
    private int skipWord(int start) {
        boolean delimiterMayInterrupt = !DEFAULT_DELIMITER.equals(delimiter);
        int end = start + 1;
        while (end < length && ScriptLexer.isWordPart(script.charAt(end))
                && !(delimiterMayInterrupt && isDelimiterAt(end))) {
            end++;
        }
        int escapeStringEnd = lexer.escapeStringEnd(start, end);
        if (escapeStringEnd != NONE) {
            blocks.onOtherToken();
            return escapeStringEnd;
        }
        blocks.onWord(start, end);
        return end;
    }

    // ---------------------------------------------------------------- leading comments

    /**
     * Keeps a comment between statements. Comments separated only by white space are kept with that white space;
     * an empty statement or a DELIMITER command between them becomes a line break.
     */
    private void addLeadingComment(int start, int end) {
        if (leadingComments.length() == 0) {
            leadingComments.append(script, start, end);
        } else if (separatedSinceComment) {
            leadingComments.append('\n').append(script, start, end);
        } else {
            leadingComments.append(script, lastCommentEnd, end);
        }
        lastCommentEnd = end;
        separatedSinceComment = false;
    }

    private void markSeparator() {
        atLineStart = false;
        separatedSinceComment = true;
    }

    private String takeLeadingComments() {
        String comments = leadingComments.toString();
        leadingComments.setLength(0);
        separatedSinceComment = false;
        return comments;
    }

    // ---------------------------------------------------------------- DELIMITER command (mysql client)

    private boolean isDelimiterCommandAt(int start) {
        int end = start + DELIMITER_COMMAND.length();
        return delimiterCommands
                && script.regionMatches(true, start, DELIMITER_COMMAND, 0, DELIMITER_COMMAND.length())
                && (end == length || Character.isWhitespace(script.charAt(end)));
    }

    /** Reads {@code DELIMITER xx} (the argument may be quoted); the rest of the line is ignored, as in mysql. */
    private void readDelimiterCommand() {
        int commandStart = pos;
        int i = pos + DELIMITER_COMMAND.length();
        while (i < length && isSpaceWithinLine(script.charAt(i))) {
            i++;
        }
        int argumentStart = i;
        while (i < length && !Character.isWhitespace(script.charAt(i))) {
            i++;
        }
        String argument = unquote(script.substring(argumentStart, i));
        if (argument.isEmpty()) {
            lines.moveTo(commandStart);
            throw new SqlSplitException(SqlSplitException.missingDelimiterMessage(lines.line(), lines.column()),
                    new TextPosition(lines.line(), lines.column()));
        }
        delimiter = argument;
        pos = lexer.lineEnd(i);
    }

    private static boolean isSpaceWithinLine(char c) {
        return c != '\n' && c != '\r' && Character.isWhitespace(c);
    }

    private static String unquote(String argument) {
        if (argument.length() >= 2 && "'\"`".indexOf(argument.charAt(0)) >= 0
                && argument.charAt(argument.length() - 1) == argument.charAt(0)) {
            return argument.substring(1, argument.length() - 1);
        }
        return argument;
    }
}
