package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AllowlistRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.List;

/** Bytebase's {@code system.charset.allowlist}: only the listed character sets, on databases, tables and columns. */
public final class CharsetAllowlistRule extends AllowlistRule {
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

    public CharsetAllowlistRule() {
        super("CHARSET", DefinedColumns.Column::charset, "character set");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
