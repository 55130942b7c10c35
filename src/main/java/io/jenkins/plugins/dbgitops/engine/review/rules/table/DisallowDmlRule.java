package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReferencedTables;
import java.util.List;

/**
 * Bytebase's {@code table.disallow-dml}: the listed tables' rows are not written by migrations. The default protects
 * dbgitops's own history table, which only dbgitops writes.
 */
public final class DisallowDmlRule extends ProtectedTableRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-dml")
            .title("No DML on protected tables")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("The statement writes rows of a table the policy protects.")
            .help("Leave the protected table's data alone, or have its owners change the policy.")
            .description("Reports INSERT, UPDATE, DELETE, REPLACE and MERGE statements whose target is a table in"
                    + " `list` (name or schema.name, case-insensitive). Use it for tables written only by their"
                    + " owning service or tool, such as dbgitops's history table.")
            .failing("DELETE FROM dbgitops_history WHERE version = '42';")
            .passing("DELETE FROM orders WHERE id = 42;")
            .payload(PayloadField.stringList("list", List.of("dbgitops_history"),
                    "Tables (name or schema.name) whose rows must not be written."))
            .build();

    public DisallowDmlRule() {
        super(ReferencedTables::dmlTargets, "DML");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
