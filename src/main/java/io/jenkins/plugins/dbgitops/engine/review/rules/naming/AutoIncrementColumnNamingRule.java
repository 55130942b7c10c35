package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code naming.column.auto-increment}. Bytebase checks MySQL's {@code AUTO_INCREMENT}; PostgreSQL's
 * equivalents ({@code serial} types and identity columns) are checked the same way.
 */
public final class AutoIncrementColumnNamingRule extends ParsedRule {
    public AutoIncrementColumnNamingRule() {
        super(List.of(CreateTable.class, Alter.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (autoIncrement(column)) {
                check(statement, rule, column);
            }
        }
    }

    /** Whether the catalog reads the column as auto-increment; the catalog column is shared by the statement's rules. */
    static boolean autoIncrement(DefinedColumn column) {
        return column.catalogColumn().autoIncrement();
    }

    private static void check(StatementContext statement, RuleContext rule, DefinedColumn column) {
        NameConvention convention = NameConvention.of(rule, "auto_increment column");
        String name = column.name();
        if (convention.fits(name)) {
            return; // the usual case: no finding, so the name need not be found in the text
        }
        convention.report(statement, rule, NameOffsets.columnOffset(statement.text(), column.table(), name), name,
                Naming.quote(statement.engine(), column.table()) + "." + Naming.quote(statement.engine(), name));
    }
}
