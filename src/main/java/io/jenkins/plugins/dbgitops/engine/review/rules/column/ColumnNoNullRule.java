package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/** Bytebase's {@code column.no-null}: every column is declared NOT NULL. */
public final class ColumnNoNullRule extends ParsedRule {
    private static final Pattern ALTER_COLUMN = Pattern.compile("^ALTER (COLUMN )?");

    public ColumnNoNullRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (column.complete() && !column.specs().contains(" NOT NULL ") && !Ddl.inPrimaryKey(ast, column)) {
                report(statement, rule, column.table(), column.name());
            }
        }
        if (ast instanceof Alter alter) {
            for (AlterExpression expression : Ddl.expressions(alter)) {
                if (expression.getOperation() != AlterOperation.ALTER) {
                    continue; // printing the clause costs more than the rest of the rule
                }
                String text = expression.toString().toUpperCase(Locale.ROOT);
                if (text.contains(" DROP NOT NULL")) {
                    String column = ALTER_COLUMN.matcher(text).replaceFirst("").split(" ")[0];
                    report(statement, rule, Ddl.tableName(alter.getTable()), column.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static void report(StatementContext statement, RuleContext rule, String table, String column) {
        String quoted = statement.engine().isMySqlFamily() // Bytebase's wording differs between its two advisors
                ? Naming.quote(statement.engine(), table) + "." + Naming.quote(statement.engine(), column)
                : "Column " + Naming.quote(statement.engine(), column) + " in " + Naming.quote(statement.engine(), table);
        rule.report(statement, NameOffsets.columnOffset(statement.text(), table, column), quoted + " cannot have NULL value.");
    }
}
