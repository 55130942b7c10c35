package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TimeoutRule;

/** Squawk's require-lock-timeout (and half of require-timeout-settings). */
public final class RequireLockTimeoutRule extends TimeoutRule {
    @Override
    protected String setting() {
        return "lock_timeout";
    }
}
