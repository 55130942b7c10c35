package io.jenkins.plugins.dbgitops.engine.migration;

import java.nio.file.Path;

/**
 * One versioned migration script.
 *
 * @param path               where the file was read from
 * @param script             the path relative to the migrations directory, with {@code /} separators
 * @param version            the version from the file name
 * @param description        the words after the version, with underscores as spaces
 * @param type               DDL or DML, from the name suffix {@code _dml} or the {@code dbgitops:type} directive
 * @param noTransactionDirective whether the file asks to run outside a transaction ({@code -- dbgitops:no-transaction})
 * @param content            the file's text, as read (BOM removed)
 * @param checksum           SHA-256 of the content with normalised line endings, see {@link Checksums#ofScript}
 */
public record MigrationFile(Path path, String script, MigrationVersion version, String description, ChangeType type,
        boolean noTransactionDirective, String content, String checksum) {
}
