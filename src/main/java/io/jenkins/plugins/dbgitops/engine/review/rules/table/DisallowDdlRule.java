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
 * Bytebase's {@code table.disallow-ddl}: the listed tables' definitions are not changed. Names match case-insensitively
 * either unqualified or as {@code schema.table}. The default protects dbgitops's own history table.
 */
public final class DisallowDdlRule implements Rule {
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

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (Table table : ReferencedTables.ddlTargets(ast)) {
                if (protectedTable(rule.config().stringList("list"), table)) {
                    rule.report(statement, NameOffsets.offsetOf(statement.text(), Ddl.tableName(table), 0, 0),
                            "DDL is disallowed on table " + table.getFullyQualifiedName() + ".");
                }
            }
        });
    }

    /** Whether the table is in the list, by plain or qualified name, ignoring case and quotes. */
    static boolean protectedTable(List<String> list, Table table) {
        String name = Ddl.tableName(table);
        String qualified = table.getSchemaName() == null ? name : Ddl.unquote(table.getSchemaName()) + "." + name;
        for (String entry : list) { // a loop, not a stream: called for every statement
            String bare = entry.replace("\"", "").replace("`", "");
            if (bare.equalsIgnoreCase(name) || bare.equalsIgnoreCase(qualified)) {
                return true;
            }
        }
        return false;
    }
}
