package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** A table has at most {@code number} columns; ALTER TABLE ... ADD counts the catalog's columns too. */
public final class LimitColumnCountRule implements Rule {
    private static final int DEFAULT_LIMIT = 50;

    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.limit-column-count")
            .title("Limit columns per table")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A very wide table mixes concerns, makes every row fetch expensive and nears engine "
                    + "column limits.")
            .help("Split the table by concern (e.g. a 1:1 details table) or drop unused columns.")
            .description("Reports CREATE TABLE with more than `number` columns and ALTER TABLE ... ADD that takes a"
                    + " table known to the catalog above it. Wide tables tend to grow into god tables; MySQL"
                    + " caps a table at 4096 columns and a 65,535-byte row, PostgreSQL at 1600 columns.")
            .failing("CREATE TABLE wide (" + columns(DEFAULT_LIMIT + 1) + ");")
            .passing("CREATE TABLE narrow (" + columns(DEFAULT_LIMIT) + ");")
            .payload(PayloadField.integer("number", DEFAULT_LIMIT, "Most columns a table may have."))
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
