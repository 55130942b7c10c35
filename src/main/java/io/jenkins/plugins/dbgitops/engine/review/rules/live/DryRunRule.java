package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/**
 * {@code builtin.dry-run}: the failures of applying the reviewed files to a throwaway database. The work is done
 * once per review by {@code DryRunReview}, not per statement; this class declares the rule, so that a policy can set
 * its level or turn it off, and the docs list it.
 */
public final class DryRunRule implements Rule {
    public static final String ID = "builtin.dry-run";

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // judged by running the files, not statement by statement: see DryRunReview
    }
}
