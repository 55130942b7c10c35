package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.fk}: foreign key names follow a format. */
public final class ForeignKeyNamingRule extends IndexNamingRule {
    public ForeignKeyNamingRule() {
        super(Ddl.IndexKind.FOREIGN, "Foreign key");
    }
}
