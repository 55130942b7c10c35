package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;

/**
 * The review that runs before a release is packaged. The SQL review engine plugs in here once its policy-level API
 * (a template name or policy file to a review of a migration set) exists; until then releases are not reviewed, and
 * the release command says so.
 */
final class ReviewGates {
    private ReviewGates() {
    }

    static ReleaseGate forProject() {
        return ReleaseGate.NONE;
    }
}
