package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** A table has at most {@code number} columns; ALTER TABLE ... ADD counts the catalog's columns too. */
public final class LimitColumnCountRule extends ParsedRule {
    public LimitColumnCountRule() {
        super(List.of(CreateTable.class, Alter.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        int limit = rule.config().integer("number");
        statement.ast(CreateTable.class).ifPresent(create -> {
            int count = Ddl.columns(create).size();
            if (count > limit) {
                report(statement, rule, Ddl.tableName(create.getTable()), count, limit);
            }
        });
        statement.ast(Alter.class).ifPresent(alter -> {
            int added = Ddl.addedColumns(alter).size();
            if (added > 0) {
                statement.catalog().table(alter.getTable().getFullyQualifiedName()).map(CatalogTable::columns)
                        .map(columns -> columns.size() + added).filter(count -> count > limit)
                        .ifPresent(count -> report(statement, rule, Ddl.tableName(alter.getTable()), count, limit));
            }
        });
    }

    private static void report(StatementContext statement, RuleContext rule, String table, int count, int limit) {
        rule.report(statement, "Table " + Naming.quote(statement.engine(), table) + " has " + count
                + " columns, more than the limit of " + limit + ".");
    }

    private static String columns(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "c" + i + " int").collect(Collectors.joining(", "));
    }
}
