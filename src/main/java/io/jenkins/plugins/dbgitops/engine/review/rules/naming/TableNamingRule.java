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
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code naming.table}: table names follow a format and stay within a length. */
public final class TableNamingRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.table")
            .title("Table naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A table name that breaks the naming convention needs quoting or guessing in every query.")
            .help("Name the table in lower snake case (or as the policy's format says).")
            .description("Checks the names given by CREATE TABLE, ALTER TABLE ... RENAME TO and MySQL's RENAME TABLE"
                    + " against a regular expression (lower snake case by default) and a maximum length. Mixed-case"
                    + " names must be quoted forever in PostgreSQL and behave differently across MySQL platforms"
                    + " (lower_case_table_names). On PostgreSQL an unquoted name is judged as the server stores it,"
                    + " in lower case (OrderItems is orderitems), as Bytebase does.")
            .failing("CREATE TABLE order_items_2025 (id bigint PRIMARY KEY);")
            .passing("CREATE TABLE order_items (id bigint PRIMARY KEY);")
            .payload(PayloadField.string("format", "^[a-z]+(_[a-z]+)*$", "Regular expression the name must match."))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class, RenameTableStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (String table : Ddl.introducedTables(ast)) {
                check(statement, rule, table);
            }
        });
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
