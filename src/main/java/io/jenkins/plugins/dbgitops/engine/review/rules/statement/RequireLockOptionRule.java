package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

/** Bytebase's {@code statement.require-lock-option}: every ALTER TABLE names its LOCK. */
public final class RequireLockOptionRule extends RequireAlterTableOptionRule {
    public RequireLockOptionRule() {
        super("LOCK");
    }
}
