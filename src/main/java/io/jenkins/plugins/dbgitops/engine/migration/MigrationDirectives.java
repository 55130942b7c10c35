package io.jenkins.plugins.dbgitops.engine.migration;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Directives in a migration's header comments, before its first statement:
 * {@code -- dbgitops:no-transaction} and {@code -- dbgitops:type dml|ddl}.
 */
public record MigrationDirectives(boolean noTransaction, Optional<ChangeType> type) {
    private static final String PREFIX = "dbgitops:";

    /** Reads the leading comment lines of a script; stops at the first line that is not a comment or blank. */
    public static MigrationDirectives read(String content) {
        boolean noTransaction = false;
        Optional<ChangeType> type = Optional.empty();
        // lazily, line by line: directives sit in the header, and a data file may have millions of lines after it
        for (Iterator<String> lines = content.lines().iterator(); lines.hasNext();) {
            String line = lines.next().strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--") && !line.startsWith("#")) {
                break;
            }
            String body = line.replaceFirst("^(--|#)\\s*", "").toLowerCase(Locale.ROOT);
            if (!body.startsWith(PREFIX)) {
                continue;
            }
            String directive = body.substring(PREFIX.length()).trim();
            if (directive.equals("no-transaction")) {
                noTransaction = true;
            } else if (directive.startsWith("type")) {
                String value = directive.substring("type".length()).trim();
                if (value.equals("dml")) {
                    type = Optional.of(ChangeType.DML);
                } else if (value.equals("ddl")) {
                    type = Optional.of(ChangeType.DDL);
                }
            }
        }
        return new MigrationDirectives(noTransaction, type);
    }
}
