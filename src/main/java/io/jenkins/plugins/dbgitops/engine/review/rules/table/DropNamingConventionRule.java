package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** Bytebase's {@code table.drop-naming-convention}: only tables renamed for deletion may be dropped. */
public final class DropNamingConventionRule extends ParsedRule {
    public DropNamingConventionRule() {
        super(List.of(Drop.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (!(ast instanceof Drop drop) || drop.getType() == null
                || !drop.getType().toUpperCase(Locale.ROOT).equals("TABLE")) {
            return;
        }
        String format = rule.config().string("format");
        List<Table> tables = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
                : drop.getName() == null ? List.of() : List.of(drop.getName());
        for (Table table : tables) {
            String name = Ddl.tableName(table);
            if (!Naming.matches(format, name)) {
                rule.report(statement, NameOffsets.offsetOf(statement.text(), name, 0, 0),
                        Naming.quote(statement.engine(), name) + " mismatches drop table naming convention,"
                                + " naming format should be \"" + format + "\".");
            }
        }
    }
}
