package io.jenkins.plugins.dbgitops.engine.sql;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.util.Locale;

/**
 * A script that cannot be split into statements: a string, quoted identifier, dollar quote or comment that is
 * still open at the end of the script, a {@code DELIMITER} command without a delimiter, or a routine body whose
 * {@code BEGIN} is never closed. The message names the construct, where it starts and how to fix it;
 * {@link #position()} gives the same position for annotations.
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

    private final TextPosition position;

    public SqlSplitException(String message, TextPosition position) {
        super(message);
        this.position = position;
    }

    /** Where the offending construct starts. */
    public TextPosition position() {
        return position;
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
