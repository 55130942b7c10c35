package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Squawk's prefer-bigint-over-int and prefer-bigint-over-smallint (formerly prefer-big-int, which covered both and
 * which Squawk removed). The payload's list says which types are reported, so a policy can follow either Squawk rule alone.
 */
public final class PreferBigintRule extends ColumnTypeRule {
    private static final Set<String> INT = Set.of("int", "integer", "int4", "serial", "serial4");
    private static final Set<String> SMALLINT = Set.of("smallint", "int2", "smallserial", "serial2");
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.prefer-bigint")
            .title("Prefer bigint over int and smallint")
            .origin("Squawk: prefer-bigint-over-int, prefer-bigint-over-smallint, formerly prefer-big-int")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("32-bit and 16-bit integer columns overflow, and widening them later rewrites the table under an ACCESS EXCLUSIVE lock.")
            .help("Use bigint (or bigserial / bigint GENERATED ... AS IDENTITY for keys).")
            .description("An int id overflows at about 2.1 billion and a smallint at 32,767; when that happens inserts"
                    + " fail, and ALTER COLUMN ... TYPE bigint rewrites the table and its indexes while blocking it."
                    + " bigint costs 4 more bytes per value, often nothing after alignment. The payload's list chooses"
                    + " the types reported: int (Squawk's prefer-bigint-over-int), smallint"
                    + " (prefer-bigint-over-smallint), or both.")
            .failing("CREATE TABLE orders (id serial PRIMARY KEY, customer_id int);")
            .passing("CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint);")
            .payload(PayloadField.stringList("list", List.of("int", "smallint"),
                    "which narrow types to report: int, smallint"))
            .build();

    private List<String> reported = List.of("int", "smallint");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        reported = rule.config().stringList("list").stream().map(type -> type.trim().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        boolean narrow = reported.contains("int") && INT.contains(typeName)
                || reported.contains("smallint") && SMALLINT.contains(typeName);
        return narrow ? "Column " + table + "." + column + " is " + typeText + "; it can overflow, and widening it"
                + " later rewrites the table. Use bigint." : null;
    }
}
