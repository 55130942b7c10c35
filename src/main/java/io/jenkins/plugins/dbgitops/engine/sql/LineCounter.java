package io.jenkins.plugins.dbgitops.engine.sql;

/**
 * Turns offsets into 1-based lines and columns. It moves forward from the last offset asked for, so asking for
 * increasing offsets costs one pass over the script in all. A CRLF is one line break, and so is a lone CR or LF.
 */
final class LineCounter {
    private final String text;
    private int offset;
    private int line = 1;
    private int lineStart;

    LineCounter(String text) {
        this.text = text;
    }

    /** Moves to {@code target}; afterwards {@link #line()} and {@link #column()} describe it. */
    void moveTo(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
            lineStart = 0;
        }
        for (; offset < target; offset++) {
            char c = text.charAt(offset);
            if (c == '\r' || c == '\n' && (offset == 0 || text.charAt(offset - 1) != '\r')) {
                line++;
            }
            if (c == '\r' || c == '\n') {
                lineStart = offset + 1;
            }
        }
    }

    int line() {
        return line;
    }

    int column() {
        return offset - lineStart + 1;
    }
}
