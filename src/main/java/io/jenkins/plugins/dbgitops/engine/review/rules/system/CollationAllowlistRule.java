package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Bytebase's {@code system.collation.allowlist}: only the listed collations, on databases, tables and columns. */
public final class CollationAllowlistRule implements Rule {
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

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<String> allowed = rule.config().stringList("list").stream().map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        Optional<MySqlTableOptions> table = MySqlTableOptions.of(statement);
        table.ifPresent(options -> check(statement, rule, allowed, 0, "Table " + options.table(), options.get("COLLATE")));
        if (table.isPresent()) {
            for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
                check(statement, rule, allowed, column.offset(), "Column " + column.qualifiedName(), column.collation());
            }
        } else {
            MySqlTableOptions.ofDatabase(statement).ifPresent(options ->
                    check(statement, rule, allowed, 0, "Database " + options.table(), options.get("COLLATE")));
        }
    }

    private static void check(StatementContext statement, RuleContext rule, List<String> allowed, int offset,
            String subject, Optional<String> value) {
        value.map(name -> name.toLowerCase(Locale.ROOT)).filter(name -> !allowed.contains(name))
                .ifPresent(name -> rule.report(statement, offset,
                        Impact.of(subject + " uses collation " + name + ", which is not allowed", DEFINITION)));
    }
}
