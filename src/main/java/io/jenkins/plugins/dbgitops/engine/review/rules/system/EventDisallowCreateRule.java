package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.event.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class EventDisallowCreateRule extends DisallowCreateRule {
    public EventDisallowCreateRule() {
        super("EVENT");
    }
}
