package io.jenkins.plugins.dbgitops.engine.release;

import java.nio.file.Path;

/**
 * A packaged release.
 *
 * @param archive       the zip file
 * @param manifest      its manifest
 * @param review        what the review before packaging found
 * @param alreadyExisted whether an identical archive was already there (packaging is idempotent)
 */
public record Release(Path archive, ReleaseManifest manifest, ReviewOutcome review, boolean alreadyExisted) {
}
