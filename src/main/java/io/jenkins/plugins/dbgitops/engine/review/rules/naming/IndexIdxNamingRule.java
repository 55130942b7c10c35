package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.idx}: index names follow a format. */
public final class IndexIdxNamingRule extends IndexNamingRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.index.idx")
            .title("Index naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An index name that breaks the naming convention makes plans and schema diffs harder to read.")
            .help("Rename the index to match the format, e.g. idx_<table>_<columns>.")
            .description("Checks the names of plain (non-unique) indexes created by CREATE INDEX, by INDEX or "
                    + "KEY clauses of CREATE TABLE and ALTER TABLE, and by RENAME INDEX, against a format "
                    + "with {{table}} and {{column_list}} templates and a maximum length. Names that say "
                    + "which table and columns they cover make plans, lock waits and duplicate indexes easy "
                    + "to read.")
            .failing("CREATE INDEX orders_customer ON orders (customer_id);")
            .passing("CREATE INDEX idx_orders_customer_id ON orders (customer_id);")
            .payload(templateFormat("^$|^idx_{{table}}_{{column_list}}$"))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    public IndexIdxNamingRule() {
        super(Ddl.IndexKind.PLAIN, "Index");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
