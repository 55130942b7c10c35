package io.jenkins.plugins.dbgitops.engine.migration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads version and description from a file name, in Bytebase style ({@code 202501150900_add_user_table.sql},
 * version {@code 202501150900}) or Flyway style ({@code V1_2__add_user.sql}, version {@code 1.2}).
 */
public record MigrationFileName(MigrationVersion version, String description, boolean dmlSuffix) {
    private static final Pattern FLYWAY = Pattern.compile("[vV](\\d+(?:[._]\\d+)*)__(.*)");
    private static final Pattern BYTEBASE = Pattern.compile("[vV]?(\\d+(?:\\.\\d+)*)(?:[_\\-. ]+(.*))?");

    /** Parses a base name such as {@code 0001_init.sql}; empty when the name carries no version. */
    public static Optional<MigrationFileName> parse(String fileName) {
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".sql")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        Matcher flyway = FLYWAY.matcher(stem);
        if (flyway.matches()) {
            return Optional.of(of(flyway.group(1).replace('_', '.'), flyway.group(2)));
        }
        Matcher bytebase = BYTEBASE.matcher(stem);
        if (bytebase.matches()) {
            return Optional.of(of(bytebase.group(1), bytebase.group(2) == null ? "" : bytebase.group(2)));
        }
        return Optional.empty();
    }

    private static MigrationFileName of(String version, String rawDescription) {
        boolean dml = rawDescription.toLowerCase(Locale.ROOT).endsWith("_dml")
                || rawDescription.equalsIgnoreCase("dml");
        String description = rawDescription.replace('_', ' ').trim();
        return new MigrationFileName(MigrationVersion.parse(version), description, dml);
    }
}
