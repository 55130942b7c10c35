package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A database's schema as deterministic DDL, with the migration versions its history table records: where a review
 * walk starts when the repository's migrations do not create the whole schema (an existing database adopted later).
 * Read from a live database ({@link LiveSchemaReader}) or from a committed file ({@link #read}); both give the same
 * DDL, and the review walks it like an earlier migration, so a snapshot and the live database give one catalog.
 *
 * @param engine   the engine the DDL is written for
 * @param origin   where it came from, for messages: the redacted URL or the file
 * @param ddl      the schema as executable DDL, one statement per object, in a stable order
 * @param applied  versions the history table records as applied
 * @param baseline the baseline version, when the history has one: every version up to it counts as applied
 */
public record SchemaSnapshot(SqlEngine engine, String origin, String ddl, SortedSet<MigrationVersion> applied,
        Optional<MigrationVersion> baseline) {
    static final String HEADER = "-- dbgitops schema snapshot";
    static final String APPLIED = "-- dbgitops:applied-versions";
    static final String BASELINE = "-- dbgitops:baseline";
    /** The name the snapshot has in findings and in the walk's {@code definedAt}. */
    public static final String SCRIPT = "(schema snapshot)";

    public SchemaSnapshot {
        applied = new TreeSet<>(applied);
    }

    /** Whether the database already holds this migration, so the walk must not apply it again. */
    public boolean holds(MigrationVersion version) {
        return applied.contains(version) || baseline.filter(base -> version.compareTo(base) <= 0).isPresent();
    }

    /** The snapshot as an earlier migration the review walks before the files. */
    public ReviewFile asReviewFile() {
        return ReviewFile.ddl(SCRIPT, ddl);
    }

    /** The file form: a header naming the engine and the applied versions, then the DDL. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append(": ").append(engine.name().toLowerCase(Locale.ROOT)).append('\n');
        out.append(APPLIED).append(' ');
        out.append(String.join(",", applied.stream().map(MigrationVersion::toString).toList())).append('\n');
        baseline.ifPresent(version -> out.append(BASELINE).append(' ').append(version).append('\n'));
        out.append(ddl);
        return out.toString();
    }

    /**
     * Reads a snapshot file written by {@code dbgitops schema dump} (or any DDL file: without the header, it is a
     * schema with no applied versions).
     *
     * @throws UserInputException when the file cannot be read or its header is malformed
     */
    public static SchemaSnapshot read(Path file, SqlEngine engine) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserInputException("Cannot read the schema snapshot " + file + ": " + e.getMessage()
                    + ". Check the path (--schema or review.schema), or write it with 'dbgitops schema dump'.", e);
        }
        SortedSet<MigrationVersion> applied = new TreeSet<>();
        Optional<MigrationVersion> baseline = Optional.empty();
        String[] lines = text.split("\n", -1);
        int header = 0;
        for (int i = 0; i < lines.length && lines[i].startsWith("--"); i++) {
            String line = lines[i].strip();
            header = line.startsWith(HEADER) || line.startsWith(APPLIED) || line.startsWith(BASELINE) ? i + 1 : header;
            try {
                if (line.startsWith(APPLIED)) {
                    for (String value : line.substring(APPLIED.length()).split(",")) {
                        if (!value.isBlank()) {
                            applied.add(MigrationVersion.parse(value.strip()));
                        }
                    }
                } else if (line.startsWith(BASELINE)) {
                    baseline = Optional.of(MigrationVersion.parse(line.substring(BASELINE.length()).strip()));
                }
            } catch (IllegalArgumentException e) {
                throw new UserInputException("Schema snapshot " + file + ", line " + (i + 1) + ": " + e.getMessage()
                        + ". Write the versions as '" + APPLIED + " 1,2,3', or dump the snapshot again.", e);
            }
        }
        // the header is not DDL: render() writes it again from the fields
        String ddl = String.join("\n", Arrays.asList(lines).subList(header, lines.length));
        return new SchemaSnapshot(engine, file.toString(), ddl, applied, baseline);
    }
}
