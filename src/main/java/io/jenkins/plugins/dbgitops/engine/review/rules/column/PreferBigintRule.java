package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
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

    private List<String> reported = List.of("int", "smallint");

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
