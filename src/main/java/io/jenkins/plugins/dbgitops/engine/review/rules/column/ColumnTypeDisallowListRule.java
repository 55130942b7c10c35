package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.type-disallow-list}: column types the policy forbids. */
public final class ColumnTypeDisallowListRule extends ParsedRule {
    public ColumnTypeDisallowListRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        List<String> disallowed = rule.config().stringList("list");
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            String full = column.type().toUpperCase(Locale.ROOT).replace(" (", "(").replace(", ", ",");
            String base = column.baseType().toUpperCase(Locale.ROOT);
            disallowed.stream().map(type -> type.toUpperCase(Locale.ROOT).replace(" ", ""))
                    .filter(type -> type.equals(base.replace(" ", "")) || type.equals(full.replace(" ", "")))
                    .findFirst()
                    .ifPresent(type -> rule.report(statement, column.offsetIn(statement.text()),
                            "Disallow column type " + type + " but column " + Naming.quote(statement.engine(),
                                    column.table()) + "." + Naming.quote(statement.engine(), column.name()) + " is."));
        }
    }
}
