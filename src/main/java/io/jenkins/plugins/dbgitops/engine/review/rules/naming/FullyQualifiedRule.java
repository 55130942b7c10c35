package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Naming;
import java.util.Collection;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Bytebase's {@code naming.fully-qualified}: every table a statement names is qualified by its schema (its database
 * in MySQL). Common table expressions are not tables and are not reported.
 */
public final class FullyQualifiedRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.fully-qualified")
            .title("Fully qualified object names")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An unqualified table name depends on the session's search_path or default database.")
            .help("Qualify the name with its schema (PostgreSQL) or database (MySQL), e.g. sales.orders.")
            .description("Reports table names without a schema (or MySQL database) in DDL and DML statements: CREATE,"
                    + " ALTER, DROP, TRUNCATE, CREATE INDEX, INSERT, UPDATE, DELETE and SELECT, including tables in"
                    + " subqueries and references. Which object an unqualified name means depends on the connection's"
                    + " search_path or current database, which differs between tools and environments.")
            .failing("INSERT INTO orders (id) SELECT id FROM sales.legacy_orders;")
            .passing("INSERT INTO sales.orders (id) SELECT id FROM sales.legacy_orders;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /**
     * The tables the statement names. An {@code INSERT ... VALUES} is taken to name only its target, so the
     * (possibly huge) value lists are not walked; a subquery inside the values is not checked. JSqlParser's finder
     * refuses statement types it cannot list (e.g. {@code SET}): those name no table this rule checks.
     */
    private static Collection<String> tables(Statement ast) {
        if (ast instanceof Insert insert && insert.getSelect() instanceof Values && insert.getWithItemsList() == null) {
            return List.of(insert.getTable().getFullyQualifiedName());
        }
        try {
            return new TablesNamesFinder<Void>().getTables(ast);
        } catch (UnsupportedOperationException notListable) {
            return List.of();
        }
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (String table : tables(ast)) {
                if (table.indexOf('.') < 0) {
                    String name = Ddl.unquote(table);
                    rule.report(statement, Ddl.offsetOf(statement.text(), name, 0, 0), "Unqualified object name: "
                            + Naming.quote(statement.engine(), name) + ".");
                }
            }
        });
    }
}
