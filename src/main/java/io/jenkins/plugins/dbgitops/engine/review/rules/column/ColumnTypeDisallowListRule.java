package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumnRule;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.type-disallow-list}: column types the policy forbids. */
public final class ColumnTypeDisallowListRule extends DefinedColumnRule {
    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        String full = column.type().toUpperCase(Locale.ROOT).replace(" (", "(").replace(", ", ",");
        String base = column.baseType().toUpperCase(Locale.ROOT);
        return rule.config().stringList("list").stream().map(type -> type.toUpperCase(Locale.ROOT).replace(" ", ""))
                .filter(type -> type.equals(base.replace(" ", "")) || type.equals(full.replace(" ", "")))
                .findFirst()
                .map(type -> "Disallow column type " + type + " but column " + quotedName(statement, column) + " is.")
                .orElse(null);
    }
}
