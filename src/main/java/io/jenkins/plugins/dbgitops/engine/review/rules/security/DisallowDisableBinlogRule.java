package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SwitchedOffVariableRule;

/** MySQL {@code SET sql_log_bin = 0}: changes that bypass the binary log. */
public final class DisallowDisableBinlogRule extends SwitchedOffVariableRule {
    public DisallowDisableBinlogRule() {
        super("SQL_LOG_BIN");
    }
}
