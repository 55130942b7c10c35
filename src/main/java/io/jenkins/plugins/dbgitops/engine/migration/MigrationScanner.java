package io.jenkins.plugins.dbgitops.engine.migration;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the {@code *.sql} migrations below a directory, recursively, in version order. */
public final class MigrationScanner {

    private MigrationScanner() {
    }

    /**
     * Reads every migration below {@code directory}.
     *
     * @throws UserInputException when the directory is missing, a file cannot be read as UTF-8, or two files share
     *                            a version (naming both)
     */
    public static MigrationSet scan(Path directory) {
        requireDirectory(directory);
        List<MigrationFile> migrations = new ArrayList<>();
        List<String> unversioned = new ArrayList<>();
        Map<MigrationVersion, MigrationFile> byVersion = new HashMap<>();
        for (Path file : sqlFiles(directory)) {
            String script = relativeName(directory, file);
            Optional<MigrationFileName> name = MigrationFileName.parse(file.getFileName().toString());
            if (name.isEmpty()) {
                unversioned.add(script);
                continue;
            }
            MigrationFile migration = read(file, script, name.get());
            MigrationFile clash = byVersion.putIfAbsent(migration.version(), migration);
            if (clash != null) {
                throw new UserInputException("Duplicate migration version " + migration.version() + ": "
                        + clash.script() + " and " + script + " both use it. Give one of them a new version.");
            }
            migrations.add(migration);
        }
        migrations.sort(Comparator.comparing(MigrationFile::version));
        return new MigrationSet(directory, migrations, unversioned);
    }

    /** @throws UserInputException when {@code directory} does not exist or is not a directory */
    public static void requireDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new UserInputException("Migrations directory " + directory + " does not exist or is not a"
                    + " directory: check the path (--dir, or 'migrations' in dbgitops.yaml).");
        }
    }

    /** Reads one file as a migration; used by scanning and by release archives. */
    public static MigrationFile read(Path file, String script, MigrationFileName name) {
        String content = readUtf8(file, script);
        MigrationDirectives directives = MigrationDirectives.read(content);
        ChangeType type = directives.type().orElse(name.dmlSuffix() ? ChangeType.DML : ChangeType.DDL);
        return new MigrationFile(file, script, name.version(), name.description(), type,
                directives.noTransaction(), content, Checksums.ofScript(content));
    }

    private static String readUtf8(Path file, String script) {
        try {
            // strict: a Latin-1 file must be reported, not checksummed with replacement characters. Files.readString
            // decodes straight into the string; a CharsetDecoder needed a char[] twice the file's size on top
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return content.startsWith("\uFEFF") ? content.substring(1) : content;
        } catch (CharacterCodingException e) {
            throw new UserInputException("Migration " + script + " is not valid UTF-8: save it as UTF-8.", e);
        } catch (IOException e) {
            throw new UserInputException("Cannot read migration " + script + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> sqlFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserInputException("Cannot list migrations in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String relativeName(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }
}
