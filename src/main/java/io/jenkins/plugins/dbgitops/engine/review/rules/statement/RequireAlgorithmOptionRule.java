package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

/** Bytebase's {@code statement.require-algorithm-option}: every ALTER TABLE names its ALGORITHM. */
public final class RequireAlgorithmOptionRule extends RequireAlterTableOptionRule {
    public RequireAlgorithmOptionRule() {
        super("ALGORITHM");
    }
}
