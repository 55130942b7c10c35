package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;

/**
 * Statement types shared by token rules that judge one kind of statement. JSqlParser 5.4 parses a statement that
 * starts with {@code ALTER TABLE} as an {@link Alter} or not at all, and an unparsed statement reaches every rule
 * whatever it declares; {@code DeclaredStatementTypesTest} checks each declaration against every documented example.
 */
final class JudgedTypes {
    /** Statements that start with {@code ALTER TABLE}. */
    static final List<Class<? extends Statement>> ALTER_TABLE = List.of(Alter.class);

    /**
     * For a rule that judges only what JSqlParser does not parse (VACUUM, say, has no syntax tree type in 5.4):
     * {@link UnsupportedStatement} stands in for "no parsed type", since such statements reach every rule anyway.
     */
    static final List<Class<? extends Statement>> UNPARSED_ONLY = List.of(UnsupportedStatement.class);

    private JudgedTypes() {
    }
}
