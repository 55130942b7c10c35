package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AllowlistRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.List;

/** Bytebase's {@code system.collation.allowlist}: only the listed collations, on databases, tables and columns. */
public final class CollationAllowlistRule extends AllowlistRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.collation.allowlist")
            .title("Allowed collations")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("A collation outside the allowlist compares, sorts and deduplicates strings differently from"
                    + " the rest of the schema.")
            .help("Use an allowed collation or remove the COLLATE clause to inherit the default.")
            .description("Checks the collations named by CREATE and ALTER DATABASE, CREATE and ALTER TABLE and"
                    + " column definitions against the allowlist. Different collations make joins between columns"
                    + " fail with illegal mix of collations or skip indexes, and change which values a unique index"
                    + " treats as equal.")
            .failing("CREATE TABLE t (a int) COLLATE latin1_bin;")
            .passing("CREATE TABLE t (a int) COLLATE utf8mb4_bin;")
            .payload(PayloadField.stringList("list", List.of("utf8mb4_0900_ai_ci", "utf8mb4_general_ci",
                    "utf8mb4_unicode_ci", "utf8mb4_bin"), "The allowed collations (case-insensitive)."))
            .build();

    public CollationAllowlistRule() {
        super("COLLATE", DefinedColumns.Column::collation, "collation");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
