package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings a rule holds until its file ends, because whether they stand depends on a later statement (one that makes
 * the file run without a transaction, say).
 */
public final class HeldFindings {
    private final List<Held> held = new ArrayList<>();

    public void clear() {
        held.clear();
    }

    public void add(StatementContext statement, int offset, String message) {
        held.add(new Held(statement, offset, message));
    }

    /** Reports every held finding, in the order they were held. */
    public void report(RuleContext rule) {
        held.forEach(finding -> rule.report(finding.statement(), finding.offset(), finding.message()));
    }

    private record Held(StatementContext statement, int offset, String message) {
    }
}
