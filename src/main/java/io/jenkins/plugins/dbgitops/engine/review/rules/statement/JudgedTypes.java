package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * Statement types shared by token rules. An unparsed statement reaches every rule whatever it declares;
 * {@code DeclaredStatementTypesTest} checks each declaration against every documented example. (ALTER TABLE clause
 * rules get theirs from {@code AlterTableClauseRule}.)
 */
final class JudgedTypes {
    /**
     * For a rule that judges only what JSqlParser does not parse (VACUUM, say, has no syntax tree type in 5.4):
     * {@link UnsupportedStatement} stands in for "no parsed type", since such statements reach every rule anyway.
     */
    static final List<Class<? extends Statement>> UNPARSED_ONLY = List.of(UnsupportedStatement.class);

    private JudgedTypes() {
    }
}
