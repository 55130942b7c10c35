package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;

/**
 * A script given to the review: either one under review or an earlier migration the catalog walks through.
 *
 * @param script        path relative to the review root, with {@code /} separators
 * @param content       the text
 * @param changeType    DDL or DML
 * @param noTransaction whether it runs outside a transaction
 */
public record ReviewFile(String script, String content, ChangeType changeType, boolean noTransaction) {

    public static ReviewFile of(MigrationFile migration) {
        return new ReviewFile(migration.script(), migration.content(), migration.type(),
                migration.noTransactionDirective());
    }

    /** A DDL script, for tests and single files. */
    public static ReviewFile ddl(String script, String content) {
        return new ReviewFile(script, content, ChangeType.DDL, false);
    }
}
