package io.jenkins.plugins.dbgitops.engine.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Proves that a release archive holds exactly what its manifest lists before anything is deployed from it: no file
 * changed, missing or added, no path that could escape the extraction folder, no links, no duplicate entries.
 */
public final class ReleaseVerifier {
    private static final long MAX_MANIFEST_BYTES = 10L * 1024 * 1024;
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,64}|[A-Za-z0-9._/-]{1,128}");

    private ReleaseVerifier() {
    }

    /**
     * Verifies {@code archive} and extracts it to a new temporary directory.
     *
     * @throws UserInputException naming the archive and the first problem found
     */
    public static VerifiedRelease verify(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new UserInputException("Release " + archive + " does not exist: pass the path of a zip made"
                    + " by 'dbgitops release'.");
        }
        String label = "Release " + archive.getFileName();
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(archive);
        } catch (IOException e) {
            throw new UserInputException(label + " is not a readable zip archive (" + e.getMessage() + "):"
                    + " package it again with 'dbgitops release'.", e);
        }
        Set<String> names = checkEntries(label, entries);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            byte[] manifestBytes = readManifest(label, zip, names);
            ReleaseManifest manifest = parseManifest(label, manifestBytes);
            String manifestSha256 = Checksums.sha256Hex(manifestBytes);
            Map<String, ManifestEntry> listed = checkManifest(label, manifest);
            for (String name : names) {
                if (!name.equals(ReleaseManifest.FILE_NAME) && !listed.containsKey(name)) {
                    throw new UserInputException(label + " holds " + name + ", which its manifest does not list:"
                            + " the archive was changed after it was packaged. Deploy an untouched release.");
                }
            }
            Path directory = Files.createTempDirectory("dbgitops-release-");
            try {
                Path migrationsRoot = directory.resolve("migrations");
                Files.createDirectories(migrationsRoot);
                for (ManifestEntry entry : manifest.files()) {
                    extract(label, zip, entry, names, migrationsRoot);
                }
                MigrationSet migrations = MigrationScanner.scan(migrationsRoot);
                checkScanned(label, manifest, migrations);
                return new VerifiedRelease(archive, manifest, manifestSha256, directory, migrations);
            } catch (RuntimeException | IOException e) {
                new VerifiedRelease(archive, manifest, manifestSha256, directory, null).close();
                throw e;
            }
        } catch (IOException e) {
            throw new UserInputException(label + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Set<String> checkEntries(String label, List<ZipDirectory.Entry> entries) {
        Set<String> names = new HashSet<>();
        for (ZipDirectory.Entry entry : entries) {
            String problem = unsafePathProblem(entry.name());
            if (problem != null) {
                throw new UserInputException(label + " has an entry '" + entry.name() + "' that " + problem
                        + ": refusing to extract it (zip slip). Deploy only archives made by 'dbgitops release'.");
            }
            if (entry.symbolicLink()) {
                throw new UserInputException(label + " has a symbolic link '" + entry.name() + "': releases"
                        + " hold plain files only. Deploy an untouched release.");
            }
            if (!names.add(entry.name())) {
                throw new UserInputException(label + " has the entry '" + entry.name() + "' twice: which one"
                        + " would be deployed is ambiguous. Deploy an untouched release.");
            }
        }
        names.removeIf(name -> name.endsWith("/"));
        return names;
    }

    /** Why a path could land outside the extraction folder, or null when it cannot. */
    static String unsafePathProblem(String name) {
        if (name.isEmpty()) {
            return "has an empty name";
        }
        if (name.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "is an absolute path";
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            return "contains a control character";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "climbs out with '..'";
            }
        }
        return null;
    }

    private static byte[] readManifest(String label, ZipFile zip, Set<String> names) throws IOException {
        if (!names.contains(ReleaseManifest.FILE_NAME)) {
            throw new UserInputException(label + " has no " + ReleaseManifest.FILE_NAME + ": it was not made by"
                    + " 'dbgitops release'.");
        }
        return read(label, zip, zip.getEntry(ReleaseManifest.FILE_NAME), MAX_MANIFEST_BYTES);
    }

    private static ReleaseManifest parseManifest(String label, byte[] bytes) throws IOException {
        try {
            ReleaseManifest manifest = ReleaseJson.mapper().readValue(bytes, ReleaseManifest.class);
            if (manifest == null) {
                throw new UserInputException(label + " has an empty manifest.");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            throw new UserInputException(label + " has a bad manifest: " + e.getOriginalMessage()
                    + ". Package the release again.", e);
        }
    }

    private static Map<String, ManifestEntry> checkManifest(String label, ReleaseManifest manifest) {
        String bad = label + " has a bad manifest: ";
        if (manifest.formatVersion() != ReleaseManifest.FORMAT_VERSION) {
            throw new UserInputException(bad + "format version " + manifest.formatVersion() + " is not "
                    + ReleaseManifest.FORMAT_VERSION + "; use a dbgitops version that made it.");
        }
        if (!ReleaseIdTemplate.isValidId(manifest.releaseId())) {
            throw new UserInputException(bad + "the release id '" + manifest.releaseId() + "' is missing or"
                    + " malformed.");
        }
        if (manifest.commit() == null || !COMMIT.matcher(manifest.commit()).matches()) {
            throw new UserInputException(bad + "the commit is missing or malformed.");
        }
        if (manifest.branch() == null || manifest.createdAt() == null || manifest.engine() == null
                || manifest.repositoryUrl() == null || manifest.files() == null) {
            throw new UserInputException(bad + "branch, repositoryUrl, createdAt, engine and files are all"
                    + " required.");
        }
        if (manifest.files().isEmpty()) {
            throw new UserInputException(bad + "it lists no migration files.");
        }
        Map<String, ManifestEntry> byArchivePath = new HashMap<>();
        Set<MigrationVersion> versions = new HashSet<>();
        for (ManifestEntry entry : manifest.files()) {
            if (entry == null || entry.path() == null || entry.version() == null || entry.type() == null
                    || entry.sha256() == null) {
                throw new UserInputException(bad + "a file entry lacks its version, type, path or sha256.");
            }
            String problem = unsafePathProblem(entry.path());
            if (problem != null) {
                throw new UserInputException(bad + "the path '" + entry.path() + "' " + problem + " (zip slip).");
            }
            if (!SHA256.matcher(entry.sha256()).matches() || entry.size() < 0) {
                throw new UserInputException(bad + "the size or SHA-256 of " + entry.path() + " is malformed.");
            }
            MigrationVersion version;
            try {
                version = MigrationVersion.parse(entry.version());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(bad + e.getMessage(), e);
            }
            if (!versions.add(version)) {
                throw new UserInputException(bad + "the version " + version + " is listed twice.");
            }
            if (byArchivePath.put(entry.archivePath(), entry) != null) {
                throw new UserInputException(bad + "the file " + entry.path() + " is listed twice.");
            }
        }
        return byArchivePath;
    }

    private static void extract(String label, ZipFile zip, ManifestEntry entry, Set<String> names, Path root)
            throws IOException {
        if (!names.contains(entry.archivePath())) {
            throw new UserInputException(label + " is missing " + entry.archivePath() + ", which its manifest"
                    + " lists: the archive was changed after it was packaged. Deploy an untouched release.");
        }
        byte[] bytes = read(label, zip, zip.getEntry(entry.archivePath()), Math.min(MAX_FILE_BYTES, entry.size()));
        String sha256 = Checksums.sha256Hex(bytes);
        if (bytes.length != entry.size() || !sha256.equals(entry.sha256())) {
            throw new UserInputException(label + ": " + entry.archivePath() + " was changed after the release"
                    + " was packaged (manifest: " + entry.size() + " bytes, SHA-256 " + entry.sha256() + "; archive: "
                    + bytes.length + " bytes, SHA-256 " + sha256 + "). Deploy an untouched release.");
        }
        Path file = root.resolve(entry.path()).normalize();
        if (!file.startsWith(root)) {
            throw new UserInputException(label + ": " + entry.path() + " would be extracted outside its"
                    + " folder (zip slip).");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Reads an entry, refusing more than {@code limit} bytes whatever its header claims (zip bombs). */
    private static byte[] read(String label, ZipFile zip, ZipEntry entry, long limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UserInputException(label + ": " + entry.getName() + " is larger than its manifest says"
                        + " (or than " + limit + " bytes): the archive was changed after it was packaged.");
            }
            return bytes;
        }
    }

    private static void checkScanned(String label, ReleaseManifest manifest, MigrationSet migrations) {
        if (!migrations.unversioned().isEmpty()) {
            throw new UserInputException(label + " holds files without a version: " + migrations.unversioned()
                    + ".");
        }
        Map<String, MigrationFile> byPath = new HashMap<>();
        migrations.migrations().forEach(file -> byPath.put(file.script(), file));
        for (ManifestEntry entry : manifest.files()) {
            MigrationFile file = byPath.remove(entry.path());
            if (file == null) {
                throw new UserInputException(label + " lists " + entry.path() + ", which is not a migration"
                        + " file (a .sql file whose name starts with its version).");
            }
            if (!file.version().equals(MigrationVersion.parse(entry.version())) || file.type() != entry.type()) {
                throw new UserInputException(label + " has a bad manifest: " + entry.path() + " is version "
                        + file.version() + " (" + file.type() + ") but the manifest says " + entry.version() + " ("
                        + entry.type() + ").");
            }
        }
        if (!byPath.isEmpty()) {
            throw new UserInputException(label + " holds migrations its manifest does not list: "
                    + byPath.keySet() + ".");
        }
    }
}
