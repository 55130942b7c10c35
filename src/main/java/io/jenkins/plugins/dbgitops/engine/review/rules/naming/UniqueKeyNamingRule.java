package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.uk}: unique key names follow a format. */
public final class UniqueKeyNamingRule extends IndexNamingRule {
    public UniqueKeyNamingRule() {
        super(Ddl.IndexKind.UNIQUE, "Unique key");
    }
}
