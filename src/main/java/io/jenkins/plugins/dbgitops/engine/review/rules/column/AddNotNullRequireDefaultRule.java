package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.Set;

/** Squawk's adding-required-field: a NOT NULL column without a default cannot be added to a table with rows. */
public final class AddNotNullRequireDefaultRule extends AlterTableClauseRule {
    private static final Set<String> SERIAL = Set.of("SERIAL", "SERIAL2", "SERIAL4", "SERIAL8", "SMALLSERIAL", "BIGSERIAL");

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.isAddColumn() && clause.contains("NOT", "NULL") && !clause.contains("DEFAULT")
                && !clause.contains("GENERATED") && !clause.contains("PRIMARY", "KEY") && !isSerial(clause)) {
            return "Adding NOT NULL column " + clause.column().orElse("?") + " to " + alter.table()
                    + " without a default fails as soon as the table has a row.";
        }
        return null;
    }

    /** serial types default to their sequence's next value. */
    private static boolean isSerial(AlterTable.Clause clause) {
        return clause.tokens().stream().anyMatch(token -> token.kind() == Token.Kind.WORD
                && SERIAL.contains(token.upper()));
    }
}
