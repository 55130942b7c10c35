package io.jenkins.plugins.dbgitops.engine.review.service;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;

/**
 * The files a change touches, as on a pull request: everything that differs between the merge base of {@code HEAD}
 * and the ref and the working tree (committed, staged, modified or new), deleted files excepted.
 */
final class ChangedFiles {
    private ChangedFiles() {
    }

    /** Absolute, normalised paths of the changed files of the repository containing {@code start}. */
    static Set<Path> since(Path start, String ref) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new UserInputException("--changed-since " + ref + " needs a git repository, but " + start
                    + " is not inside one: run the review in a clone, or leave out --changed-since.");
        }
        try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
            ObjectId base = base(repository, ref);
            CanonicalTreeParser oldTree = new CanonicalTreeParser();
            try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
                oldTree.reset(reader, walk.parseCommit(base).getTree());
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Set<Path> changed = new HashSet<>();
            for (DiffEntry entry : git.diff().setOldTree(oldTree).setNewTree(new FileTreeIterator(repository))
                    .setShowNameAndStatusOnly(true).call()) {
                if (entry.getChangeType() != DiffEntry.ChangeType.DELETE) {
                    changed.add(workTree.resolve(entry.getNewPath()).normalize());
                }
            }
            return changed;
        } catch (IOException | GitAPIException e) {
            throw new UserInputException("Cannot list the files changed since " + ref + ": " + e.getMessage()
                    + ". Check that the ref exists (fetch it first on CI, e.g. git fetch origin main).", e);
        }
    }

    private static ObjectId base(Repository repository, String ref) throws IOException {
        ObjectId target = repository.resolve(ref + "^{commit}");
        if (target == null) {
            throw new UserInputException("Git ref '" + ref + "' does not exist in " + repository.getWorkTree()
                    + ": fetch it first (e.g. git fetch origin main) or give another ref to --changed-since.");
        }
        ObjectId head = repository.resolve("HEAD^{commit}");
        if (head == null) {
            return target;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head));
            walk.markStart(walk.parseCommit(target));
            RevCommit mergeBase = walk.next();
            return mergeBase == null ? target : mergeBase;
        }
    }
}
