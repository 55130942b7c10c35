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

/** Bytebase's {@code system.charset.allowlist}: only the listed character sets, on databases, tables and columns. */
public final class CharsetAllowlistRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.charset.allowlist")
            .title("Allowed character sets")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("A character set outside the allowlist cannot store every character the application accepts"
                    + " and forces conversions in joins.")
            .help("Use an allowed character set, normally utf8mb4.")
            .description("Checks the character sets named by CREATE and ALTER DATABASE, CREATE and ALTER TABLE"
                    + " (including CONVERT TO) and column definitions against the allowlist. latin1, ascii and the"
                    + " 3-byte utf8 lose emoji and many scripts; mixing character sets makes comparisons convert"
                    + " and skip indexes.")
            .failing("CREATE TABLE t (a int) CHARSET ascii;")
            .passing("CREATE TABLE t (a int) CHARSET utf8mb4;")
            .payload(PayloadField.stringList("list", List.of("utf8mb4"),
                    "The allowed character sets (case-insensitive)."))
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
        table.ifPresent(options -> check(statement, rule, allowed, 0, "Table " + options.table(), options.get("CHARSET")));
        if (table.isPresent()) {
            for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
                check(statement, rule, allowed, column.offset(), "Column " + column.qualifiedName(), column.charset());
            }
        } else {
            MySqlTableOptions.ofDatabase(statement).ifPresent(options ->
                    check(statement, rule, allowed, 0, "Database " + options.table(), options.get("CHARSET")));
        }
    }

    private static void check(StatementContext statement, RuleContext rule, List<String> allowed, int offset,
            String subject, Optional<String> value) {
        value.map(name -> name.toLowerCase(Locale.ROOT)).filter(name -> !allowed.contains(name))
                .ifPresent(name -> rule.report(statement, offset,
                        Impact.of(subject + " uses character set " + name + ", which is not allowed", DEFINITION)));
    }
}
