package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Job;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** A build of the stand-in API for glue tests: actions in memory, artifacts under a temporary folder. */
final class FakeBuild extends Run<FakeBuild.FakeJob, FakeBuild> {
    private final File rootDir;
    private final FakeBuild previous;

    FakeBuild(Path rootDir) throws IOException {
        this(rootDir, null);
    }

    /** The next build of the same job: a re-run or a later promotion run sees {@code previous} and its actions. */
    FakeBuild(Path rootDir, FakeBuild previous) throws IOException {
        super(previous == null ? new FakeJob() : previous.getParent());
        this.rootDir = rootDir.toFile();
        this.previous = previous;
        this.number = previous == null ? 1 : previous.getNumber() + 1;
    }

    @Override
    public FakeBuild getPreviousBuild() {
        return previous;
    }

    @Override
    public File getRootDir() {
        return rootDir;
    }

    static class FakeJob extends Job<FakeJob, FakeBuild> {
        FakeJob() {
            super(null, "app-db");
        }
    }
}
