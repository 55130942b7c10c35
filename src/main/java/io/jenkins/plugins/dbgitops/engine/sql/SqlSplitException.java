package io.jenkins.plugins.dbgitops.engine.sql;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.util.Locale;

/**
 * A script that cannot be split into statements: a string, quoted identifier, dollar quote or comment that is
 * still open at the end of the script, a {@code DELIMITER} command without a delimiter, or a routine body whose
 * {@code BEGIN} is never closed. The message names the construct, where it starts and how to fix it; {@link #line()}
 * and {@link #column()} give the same position for annotations.
 */
public class SqlSplitException extends UserInputException {
    private static final long serialVersionUID = 1L;

    static final String UNTERMINATED = "Unterminated %s starting at line %d, column %d: close it with %s.";
    static final String MISSING_DELIMITER = "DELIMITER command at line %d, column %d names no delimiter: "
            + "write the new delimiter after it, e.g. DELIMITER $$, and restore the default with DELIMITER ;.";
    static final String UNCLOSED_BLOCK = "Unclosed block in the statement starting at line %d, column %d: "
            + "the script ends before the END of a BEGIN, CASE, IF, LOOP, WHILE or REPEAT; %s.";
    static final String CLOSE_BLOCK = "add the missing END";
    static final String CLOSE_BLOCK_OR_USE_DELIMITER = CLOSE_BLOCK
            + ", or put the routine between DELIMITER $$ and DELIMITER ; lines and end it with $$";

    private final int line;
    private final int column;

    public SqlSplitException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line where the offending construct starts. */
    public int line() {
        return line;
    }

    /** The 1-based column (in characters) where the offending construct starts. */
    public int column() {
        return column;
    }

    /**
     * The message for a construct still open at the end of the script.
     *
     * @param construct what is open, e.g. {@code dollar-quoted string $body$}
     * @param closer    how to close it, e.g. {@code $body$}
     */
    static String unterminatedMessage(String construct, String closer, int line, int column) {
        return String.format(Locale.ROOT, UNTERMINATED, construct, line, column, closer);
    }

    static String missingDelimiterMessage(int line, int column) {
        return String.format(Locale.ROOT, MISSING_DELIMITER, line, column);
    }

    static String unclosedBlockMessage(int line, int column, boolean delimiterCommandAvailable) {
        return String.format(Locale.ROOT, UNCLOSED_BLOCK, line, column,
                delimiterCommandAvailable ? CLOSE_BLOCK_OR_USE_DELIMITER : CLOSE_BLOCK);
    }
}
