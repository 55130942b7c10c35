package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.JdbcUrls;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * What a release records about its origin, read from the git repository around a directory with JGit.
 *
 * @param commit        the full id of {@code HEAD}
 * @param branch        the checked-out branch, or empty on a detached {@code HEAD} (as in most CI checkouts)
 * @param repositoryUrl the {@code origin} remote's URL without credentials, or empty
 * @param uncommitted   paths below the inspected directory that differ from {@code HEAD} (modified, added,
 *                      untracked), relative to the repository root
 */
public record GitMetadata(String commit, Optional<String> branch, Optional<String> repositoryUrl,
        List<String> uncommitted) {

    /**
     * Reads the repository that holds {@code directory}.
     *
     * @return empty when {@code directory} is not inside a git repository
     * @throws UserInputException when the repository exists but cannot be read or has no commit yet
     */
    public static Optional<GitMetadata> read(Path directory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(directory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build(); Git git = new Git(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw new UserInputException("The git repository " + repository.getDirectory() + " has no commit"
                        + " yet: commit the migrations first, or pass --commit.");
            }
            String fullBranch = repository.getFullBranch();
            Optional<String> branch = fullBranch != null && fullBranch.startsWith(Constants.R_HEADS)
                    ? Optional.of(fullBranch.substring(Constants.R_HEADS.length())) : Optional.empty();
            Optional<String> remote = Optional.ofNullable(repository.getConfig().getString("remote", "origin", "url"))
                    .map(JdbcUrls::redact);
            return Optional.of(new GitMetadata(head.name(), branch, remote,
                    uncommittedBelow(git, repository, directory)));
        } catch (IOException | GitAPIException e) {
            throw new UserInputException("Cannot read the git repository around " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<String> uncommittedBelow(Git git, Repository repository, Path directory)
            throws GitAPIException {
        File workTree = repository.isBare() ? null : repository.getWorkTree();
        if (workTree == null) {
            return List.of();
        }
        String relative = workTree.toPath().toAbsolutePath().normalize()
                .relativize(directory.toAbsolutePath().normalize()).toString().replace('\\', '/');
        var command = git.status();
        if (!relative.isEmpty()) {
            command.addPath(relative);
        }
        Status status = command.call();
        TreeSet<String> paths = new TreeSet<>();
        paths.addAll(status.getAdded());
        paths.addAll(status.getChanged());
        paths.addAll(status.getModified());
        paths.addAll(status.getRemoved());
        paths.addAll(status.getMissing());
        paths.addAll(status.getUntracked());
        return List.copyOf(paths);
    }
}
