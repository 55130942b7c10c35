package io.jenkins.plugins.dbgitops.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.release.Release;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseJson;
import io.jenkins.plugins.dbgitops.engine.release.ReleasePackager;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRefusedException;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRequest;
import io.jenkins.plugins.dbgitops.engine.release.ReviewReleaseGate;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import hudson.AbortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/** Packages the release in the workspace on the agent and writes its manifest beside the archive. */
final class ReleaseCallable extends MasterToSlaveFileCallable<ReleaseInfo> {
    private static final long serialVersionUID = 1L;

    private final ReleaseOptions options;
    private final GitOrigin origin;
    private final Map<String, String> environment;

    ReleaseCallable(ReleaseOptions options, GitOrigin origin, Map<String, String> environment) {
        this.options = options;
        this.origin = origin;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public ReleaseInfo invoke(File workspaceDir, VirtualChannel channel) throws IOException {
        Path workspace = workspaceDir.toPath();
        Path output = Workspace.inside(workspace, ReleaseRunner.DEFAULT_OUTPUT, "output directory");
        try {
            ProjectConfig project = Workspace.project(workspace, options.config(), environment);
            ReleaseRequest request = ReleaseRequest.at(Instant.now()).withAllowReviewErrors(options.allowReviewErrors());
            request = origin.commitValue().map(request::withCommit).orElse(request);
            request = origin.branchValue().map(request::withBranch).orElse(request);
            request = origin.repositoryUrlValue().map(request::withRepositoryUrl).orElse(request);
            if (options.idTemplate() != null && !options.idTemplate().isBlank()) {
                request = request.withIdTemplate(options.idTemplate());
            }
            Files.createDirectories(output);
            // the findings of a refused release are in the refusal message; the build page shows them via sqlReview
            ReleaseGate gate = new ReviewReleaseGate(ReviewService.withDefaults(), report -> { });
            Release release = new ReleasePackager(gate).build(project, request, output);
            Path manifest = output.resolve(release.manifest().releaseId() + ".manifest.json");
            Files.writeString(manifest, ReleaseJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(release.manifest()));
            return ReleaseInfo.of(release, workspace, manifest);
        } catch (ReleaseRefusedException | UserInputException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
