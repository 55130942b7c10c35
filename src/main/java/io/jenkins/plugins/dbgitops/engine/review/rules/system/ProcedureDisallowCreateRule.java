package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.procedure.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class ProcedureDisallowCreateRule extends DisallowCreateRule {
    public ProcedureDisallowCreateRule() {
        super("PROCEDURE");
    }
}
