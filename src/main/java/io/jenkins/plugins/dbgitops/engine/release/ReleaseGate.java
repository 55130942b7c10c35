package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;

/**
 * Reviews the migrations of a release before it is packaged. The front ends plug the SQL review engine in here;
 * a release whose outcome has errors is refused unless the caller allows it.
 */
@FunctionalInterface
public interface ReleaseGate {

    /** A gate that lets everything through without reviewing, for projects and tests without review. */
    ReleaseGate NONE = (config, migrations) -> ReviewOutcome.notReviewed();

    ReviewOutcome review(ProjectConfig config, MigrationSet migrations);
}
