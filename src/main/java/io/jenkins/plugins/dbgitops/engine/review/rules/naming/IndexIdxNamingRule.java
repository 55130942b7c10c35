package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.idx}: index names follow a format. */
public final class IndexIdxNamingRule extends IndexNamingRule {
    public IndexIdxNamingRule() {
        super(Ddl.IndexKind.PLAIN, "Index");
    }
}
