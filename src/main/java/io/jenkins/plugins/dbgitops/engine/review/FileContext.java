package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;

/**
 * The file under review, for rules that look at a file as a whole.
 *
 * @param script        the file's path relative to the review root
 * @param engine        the engine the file is written for
 * @param changeType    DDL or DML, from the file name or its directive
 * @param noTransaction whether the file asks to run outside a transaction ({@code -- dbgitops:no-transaction})
 * @param content       the file's text
 */
public record FileContext(String script, SqlEngine engine, ChangeType changeType, boolean noTransaction,
        String content) {
}
