package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Bytebase's {@code column.required}: every table has the listed columns. {@code CREATE TABLE} must define them
 * all; {@code ALTER TABLE} must not drop or rename one away (MySQL's {@code CHANGE} included).
 */
public final class ColumnRequiredRule extends ParsedRule {
    // the payload list last read and its names as a sorted set: it was rebuilt for each statement
    private List<String> requiredFrom;
    private Set<String> required;
    private final FileRequiredColumns fileColumns = new FileRequiredColumns();

    public ColumnRequiredRule() {
        super(List.of(CreateTable.class, Alter.class, Drop.class));
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        fileColumns.clear();
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        Set<String> required = required(rule.config().stringList("list"));
        if (statement.engine().isMySqlFamily()) {
            fileColumns.follow(statement, ast, required);
            return;
        }
        if (!(ast instanceof CreateTable || ast instanceof Alter)) {
            return;
        }
        if (ast instanceof CreateTable create && !Ddl.columns(create).isEmpty()) {
            Set<String> present = Ddl.definedColumns(create).stream()
                    .map(column -> column.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> missing = required.stream().filter(name -> !present.contains(name)).toList(); // sorted
            report(statement, rule, Ddl.tableName(create.getTable()), missing);
        } else if (ast instanceof Alter alter) {
            Set<String> removed = new TreeSet<>();
            for (AlterExpression expression : Ddl.expressions(alter)) {
                String gone = removedColumn(expression);
                if (gone != null && required.contains(gone.toLowerCase(Locale.ROOT))) {
                    removed.add(gone.toLowerCase(Locale.ROOT));
                }
            }
            report(statement, rule, Ddl.tableName(alter.getTable()), removed);
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (file.engine().isMySqlFamily()) {
            fileColumns.report(file, rule, required(rule.config().stringList("list")));
        }
    }

    /** The payload's names in lower case, sorted; read again only when the payload list changes. */
    private Set<String> required(List<String> list) {
        if (list != requiredFrom) {
            required = list.stream().map(name -> name.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            requiredFrom = list;
        }
        return required;
    }

    /** The column an ALTER TABLE clause takes away under its name: dropped, renamed, or changed to a new name. */
    private static String removedColumn(AlterExpression expression) {
        AlterOperation operation = expression.getOperation();
        if (Ddl.droppedColumn(expression) != null) {
            return Ddl.droppedColumn(expression);
        }
        String oldName = Ddl.unquote(expression.getColumnOldName());
        if (operation == AlterOperation.RENAME && oldName != null
                && !oldName.equalsIgnoreCase(Ddl.unquote(expression.getColumnName()))) {
            return oldName;
        }
        if (operation == AlterOperation.CHANGE && oldName != null && expression.getColDataTypeList() != null
                && !oldName.equalsIgnoreCase(Ddl.unquote(expression.getColDataTypeList().get(0).getColumnName()))) {
            return oldName;
        }
        return null;
    }

    private static void report(StatementContext statement, RuleContext rule, String table,
            Collection<String> missing) {
        if (!missing.isEmpty()) {
            rule.report(statement, "Table " + Naming.quote(statement.engine(), table) + " requires columns: "
                    + String.join(", ", missing) + ".");
        }
    }
}
