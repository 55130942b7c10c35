package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReferencedTables;
import java.util.List;
import net.sf.jsqlparser.schema.Table;

/**
 * Bytebase's {@code table.disallow-dml}: the listed tables' rows are not written by migrations. The default protects
 * dbgitops's own history table, which only dbgitops writes.
 */
public final class DisallowDmlRule implements Rule {
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

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (Table table : ReferencedTables.dmlTargets(ast)) {
                if (DisallowDdlRule.protectedTable(rule.config().stringList("list"), table)) {
                    rule.report(statement, NameOffsets.offsetOf(statement.text(), Ddl.tableName(table), 0, 0),
                            "DML is disallowed on table " + table.getFullyQualifiedName() + ".");
                }
            }
        });
    }
}
