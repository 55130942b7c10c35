package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import java.util.Optional;

/**
 * A rule that asks the live database (Bytebase's rules that need a driver). The review attaches the database before
 * the first file; without one ({@link LiveDatabase#available()} false) the rule finds nothing, and the front end
 * says that it was skipped.
 */
public abstract class DatabaseRule implements Rule {
    private LiveDatabase database = LiveDatabase.of(Optional.empty());

    /** Gives the rule the review's database; called once per review run, before {@code startFile}. */
    public void attach(LiveDatabase value) {
        database = value;
    }

    /** The review's database; {@link LiveDatabase#available()} is false when it has none. */
    protected LiveDatabase database() {
        return database;
    }
}
