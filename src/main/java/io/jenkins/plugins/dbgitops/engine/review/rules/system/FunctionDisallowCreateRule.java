package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.function.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class FunctionDisallowCreateRule extends DisallowCreateRule {
    public FunctionDisallowCreateRule() {
        super("FUNCTION");
    }
}
