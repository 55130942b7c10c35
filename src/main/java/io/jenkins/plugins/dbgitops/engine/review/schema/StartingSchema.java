package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationFileName;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Puts a schema snapshot under the walk: the snapshot first, then only the files the database does not hold yet. */
public final class StartingSchema {

    private StartingSchema() {
    }

    /**
     * The files to walk on top of the snapshot: the snapshot as the first (never reviewed) file, then every file whose
     * version the snapshot's history does not hold. Files without a version are kept.
     *
     * @param location where each file was read from, for its version
     */
    public static List<ReviewFile> walk(SchemaSnapshot snapshot, List<ReviewFile> files,
            Function<ReviewFile, Path> location) {
        List<ReviewFile> walked = new ArrayList<>(files.size() + 1);
        walked.add(snapshot.asReviewFile());
        for (ReviewFile file : files) {
            Path path = location.apply(file);
            boolean held = path != null && path.getFileName() != null
                    && MigrationFileName.parse(path.getFileName().toString())
                            .filter(name -> snapshot.holds(name.version())).isPresent();
            if (!held) {
                walked.add(file);
            }
        }
        return walked;
    }

    /** Whether the file is the snapshot itself, which the review walks but never judges. */
    public static boolean isSnapshot(ReviewFile file) {
        return SchemaSnapshot.SCRIPT.equals(file.script());
    }
}
