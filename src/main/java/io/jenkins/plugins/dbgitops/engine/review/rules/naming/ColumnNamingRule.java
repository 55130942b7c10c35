package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code naming.column}: column names follow a format and stay within a length. */
public final class ColumnNamingRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.column")
            .title("Column naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A column name that breaks the naming convention needs quoting or guessing in every query.")
            .help("Name the column in lower snake case (or as the policy's format says).")
            .description("Checks the column names of CREATE TABLE, ALTER TABLE ... ADD COLUMN, RENAME COLUMN and"
                    + " MySQL's CHANGE against a regular expression (lower snake case by default) and a maximum"
                    + " length. Consistent names keep ORMs, reports and hand-written SQL free of quoting. On"
                    + " PostgreSQL an unquoted name is judged as the server stores it, in lower case (customerId is"
                    + " customerid), as Bytebase does.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, address_line2 text);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);")
            .payload(PayloadField.string("format", "^[a-z]+(_[a-z]+)*$", "Regular expression the name must match."))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (Ddl.TableColumn column : Ddl.introducedColumns(ast)) {
                check(statement, rule, column);
            }
        });
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
