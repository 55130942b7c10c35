package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Job;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** A build of the stand-in API for glue tests: actions in memory, artifacts under a temporary folder. */
final class FakeBuild extends Run<FakeBuild.FakeJob, FakeBuild> {
    private final File rootDir;

    FakeBuild(Path rootDir) throws IOException {
        super(new FakeJob());
        this.rootDir = rootDir.toFile();
        this.number = 1;
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
