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
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code naming.column}: column names follow a format and stay within a length. */
public final class ColumnNamingRule extends ParsedRule {
    public ColumnNamingRule() {
        super(List.of(CreateTable.class, Alter.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (Ddl.TableColumn column : Ddl.introducedColumns(ast)) {
            check(statement, rule, column);
        }
    }

    private static void check(StatementContext statement, RuleContext rule, Ddl.TableColumn column) {
        NameConvention convention = NameConvention.of(rule, "column");
        String name = FoldedName.of(statement, column.column());
        if (convention.fits(name)) {
            return; // the usual case: no finding, so the name need not be found in the text
        }
        convention.report(statement, rule, NameOffsets.columnOffset(statement.text(), column.table(), column.column()),
                name, Naming.quote(statement.engine(), column.table()) + "." + Naming.quote(statement.engine(), name));
    }
}
