package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReferencedTables;
import java.util.List;

/**
 * Bytebase's {@code table.disallow-ddl}: the listed tables' definitions are not changed. Names match case-insensitively
 * either unqualified or as {@code schema.table}. The default protects dbgitops's own history table.
 */
public final class DisallowDdlRule extends ProtectedTableRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-ddl")
            .title("No DDL on protected tables")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("The statement changes the definition of a table the policy protects.")
            .help("Leave the protected table alone, or have its owners change the policy.")
            .description("Reports CREATE TABLE, ALTER TABLE, DROP TABLE, RENAME TABLE, TRUNCATE, CREATE INDEX and"
                    + " COMMENT ON statements on a table in `list`. Use it for tables that another team, a vendor"
                    + " tool or dbgitops itself (its history table) owns.")
            .failing("ALTER TABLE dbgitops_history ADD COLUMN note text;")
            .passing("ALTER TABLE orders ADD COLUMN note text;")
            .payload(PayloadField.stringList("list", List.of("dbgitops_history"),
                    "Tables (name or schema.name) whose definition must not change."))
            .build();

    public DisallowDdlRule() {
        super(ReferencedTables::ddlTargets, "DDL");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
