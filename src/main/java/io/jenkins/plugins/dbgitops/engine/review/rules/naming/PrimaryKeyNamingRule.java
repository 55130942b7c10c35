package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.pk}: primary key constraint names follow a format. */
public final class PrimaryKeyNamingRule extends IndexNamingRule {
    public PrimaryKeyNamingRule() {
        super(Ddl.IndexKind.PRIMARY, "Primary key");
    }
}
