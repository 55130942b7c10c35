package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;
import java.util.Set;

/** Squawk's prefer-identity. */
public final class PreferIdentityRule extends ColumnTypeRule {
    private static final Set<String> SERIAL = Set.of("serial", "serial2", "serial4", "serial8", "smallserial", "bigserial");

    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        return SERIAL.contains(typeName) ? "Column " + table + "." + column + " is " + typeText
                + "; use an identity column instead." : null;
    }
}
