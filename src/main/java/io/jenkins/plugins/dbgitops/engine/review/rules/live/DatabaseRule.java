package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.Rule;

/**
 * A rule that asks the live database (Bytebase's rules that need a driver). The review attaches the database before
 * the first file; without one ({@link LiveDatabase#available()} false) the rule finds nothing, and the front end
 * says that it was skipped.
 */
public interface DatabaseRule extends Rule {

    /** Gives the rule the review's database; called once per review run, before {@code startFile}. */
    void attach(LiveDatabase database);
}
