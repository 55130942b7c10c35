package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code naming.table}: table names follow a format and stay within a length. */
public final class TableNamingRule extends ParsedRule {
    public TableNamingRule() {
        super(List.of(CreateTable.class, Alter.class, RenameTableStatement.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (String table : Ddl.introducedTables(ast)) {
            check(statement, rule, table);
        }
    }

    private static void check(StatementContext statement, RuleContext rule, String written) {
        String table = FoldedName.of(statement, written);
        NameConvention convention = NameConvention.of(rule, "table");
        if (convention.fits(table)) {
            return; // the usual case: no finding, so the name need not be found in the text
        }
        convention.report(statement, rule, NameOffsets.offsetOf(statement.text(), written, 0, 0), table,
                Naming.quote(statement.engine(), table));
    }
}
