package io.jenkins.plugins.dbgitops.engine.sql;

/**
 * One statement of a script, as the splitter found it.
 *
 * @param index           position of the statement in its script, from 0
 * @param text            the statement without its terminating delimiter, trimmed; comments inside it are kept
 * @param line            1-based line of the statement's first character in the script
 * @param column          1-based column of the statement's first character
 * @param startOffset     offset of the first character in the script (after a BOM is removed)
 * @param endOffset       offset just past the statement's last character (before the delimiter)
 * @param leadingComments the comments between the previous statement and this one, verbatim (for suppressions)
 */
public record SqlStatement(int index, String text, int line, int column, int startOffset, int endOffset,
        String leadingComments) {

    /** The 1-based line and column of a character at {@code offsetInStatement} within {@link #text()}. */
    public int[] positionOf(int offsetInStatement) {
        int resultLine = line;
        int resultColumn = column;
        int end = Math.min(offsetInStatement, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                resultLine++;
                resultColumn = 1;
            } else {
                resultColumn++;
            }
        }
        return new int[] {resultLine, resultColumn};
    }

    /** The line of the statement's last character. */
    public int lastLine() {
        return positionOf(text.length())[0];
    }
}
