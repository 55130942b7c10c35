package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;

/** Bytebase's {@code statement.disallow-mix-in-dml}: DDL statements in a data-change (DML) file. */
public final class DisallowMixInDmlRule extends MixedChangeTypeRule {
    public DisallowMixInDmlRule() {
        super(ChangeType.DML, StatementKind.DDL);
    }

    @Override
    String message(String quotedStatement) {
        return "Data change can only run DML, " + quotedStatement + " is not DML: move it to a schema-change file.";
    }
}
