package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TimeoutRule;

/** Squawk's require-statement-timeout (and half of require-timeout-settings). */
public final class RequireStatementTimeoutRule extends TimeoutRule {
    @Override
    protected String setting() {
        return "statement_timeout";
    }
}
