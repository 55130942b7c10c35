package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.util.regex.Pattern;

/** What the database-backed rules need to know about a statement, from its normalised text. */
final class LiveStatements {
    private static final Pattern ROLE_OR_SEARCH_PATH = Pattern.compile("^SET (SESSION |LOCAL )?(ROLE|SEARCH_PATH)\\b");
    private static final Pattern DDL = Pattern.compile(
            "^(CREATE|ALTER|DROP|TRUNCATE|RENAME|COMMENT|GRANT|REVOKE|REINDEX|CLUSTER|REFRESH|SECURITY LABEL)\\b");
    private static final int MAX_QUOTE = 80;

    /** Bytebase's cap on EXPLAINs per review ({@code common.MaximumLintExplainSize}). */
    static final int MAXIMUM_EXPLAINS = 10;

    enum Kind { INSERT, UPDATE, DELETE, ROLE_OR_SEARCH_PATH, OTHER_SET, DDL, OTHER }

    private LiveStatements() {
    }

    static Kind kind(String normalized) {
        if (normalized.startsWith("INSERT ")) {
            return Kind.INSERT;
        }
        if (normalized.startsWith("UPDATE ")) {
            return Kind.UPDATE;
        }
        if (normalized.startsWith("DELETE ")) {
            return Kind.DELETE;
        }
        if (ROLE_OR_SEARCH_PATH.matcher(normalized).find()) {
            return Kind.ROLE_OR_SEARCH_PATH;
        }
        if (normalized.startsWith("SET ") || normalized.startsWith("RESET ")) {
            return Kind.OTHER_SET;
        }
        return DDL.matcher(normalized).find() ? Kind.DDL : Kind.OTHER;
    }

    /** Whether the file holds DDL: Bytebase then skips the DML dry run, whose DML may use what the DDL creates. */
    static boolean containsDdl(FileContext file) {
        for (SqlStatement statement : StatementSplitter.forEngine(file.engine()).split(file.content())) {
            if (kind(SqlText.normalize(statement.text(), file.engine())) == Kind.DDL) {
                return true;
            }
        }
        return false;
    }

    /** The statement on one line, shortened, in double quotes, as Bytebase's messages quote it. */
    static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "\"" + (line.length() > MAX_QUOTE ? line.substring(0, MAX_QUOTE - 3) + "..." : line) + "\"";
    }
}
