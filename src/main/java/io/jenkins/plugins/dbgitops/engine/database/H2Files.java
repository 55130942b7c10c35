package io.jenkins.plugins.dbgitops.engine.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder of an H2 file database, made before connecting. H2 2.3 creates a missing folder itself, but not safely
 * across threads: when several targets in one new folder connect at once (a parallel rollout on a fresh checkout),
 * some fail with "Error while creating file ... a file with this name already exists".
 */
final class H2Files {
    private static final String PREFIX = "jdbc:h2:";
    /** {@code mem:}, {@code tcp:}, {@code zip:} and H2's other file systems; not a Windows drive letter. */
    private static final Pattern OTHER_STORE = Pattern.compile("^[A-Za-z][A-Za-z0-9]+:.*");

    private H2Files() {
    }

    /** Creates the folder an H2 file URL names, if it is one; a failure is left to H2 to report. */
    static void createFolderOf(String url) {
        folderOf(url).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException | RuntimeException e) {
                // H2 says what is wrong with the path when it connects
            }
        });
    }

    /** The folder of the database file an H2 URL names, or empty for in-memory, server and other stores. */
    static Optional<Path> folderOf(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String name = url.substring(PREFIX.length());
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
            name = name.substring("file:".length());
        } else if (OTHER_STORE.matcher(name).matches()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        try {
            return Optional.ofNullable(Path.of(name).toAbsolutePath().normalize().getParent());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
