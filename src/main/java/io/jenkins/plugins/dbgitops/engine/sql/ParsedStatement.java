package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/**
 * A statement with the syntax tree JSqlParser built for it, or the reason it could not.
 *
 * @param statement  the statement as the splitter found it
 * @param ast        the syntax tree; empty when JSqlParser could not parse the statement
 * @param parseError JSqlParser's message when it could not, else null
 * @param tooLarge   whether parsing was skipped because the statement is over the parser's size limit
 */
public record ParsedStatement(SqlStatement statement, Optional<Statement> ast, String parseError, boolean tooLarge) {

    public ParsedStatement(SqlStatement statement, Optional<Statement> ast, String parseError) {
        this(statement, ast, parseError, false);
    }

    public static ParsedStatement parsed(SqlStatement statement, Statement ast) {
        return new ParsedStatement(statement, Optional.of(ast), null, false);
    }

    public static ParsedStatement unparsed(SqlStatement statement, String error) {
        return new ParsedStatement(statement, Optional.empty(), error, false);
    }

    /** A statement not given to JSqlParser because of its size; {@code reason} says so for the report. */
    public static ParsedStatement skipped(SqlStatement statement, String reason) {
        return new ParsedStatement(statement, Optional.empty(), reason, true);
    }
}
