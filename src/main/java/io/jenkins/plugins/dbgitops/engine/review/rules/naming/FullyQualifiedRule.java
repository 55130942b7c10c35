package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Ddl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Bytebase's {@code naming.fully-qualified}: every table a statement names is qualified by its schema (its database
 * in MySQL). Common table expressions are not tables and are not reported.
 */
public final class FullyQualifiedRule implements Rule {
    private static final List<Class<? extends Statement>> SUPPORTED = List.of(Select.class, Insert.class,
            Update.class, Delete.class, Upsert.class, Merge.class, CreateTable.class, CreateView.class, Alter.class,
            Drop.class, CreateIndex.class, Truncate.class, RenameTableStatement.class, CreateTrigger.class,
            Comment.class);
    /** What {@link #tables} reads: the supported types and CREATE SEQUENCE; the engine skips every other statement. */
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = statementTypes(SUPPORTED);
    private static final Set<String> DROPPED_OBJECTS = Set.of("TABLE", "VIEW", "SEQUENCE", "MATERIALIZED VIEW");

    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.fully-qualified")
            .optIn()
            .title("Fully qualified object names")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An unqualified table name depends on the session's search_path or default database.")
            .help("Qualify the name with its schema (PostgreSQL) or database (MySQL), e.g. sales.orders.")
            .description("Reports table and sequence names without a schema (or MySQL database) in DDL and DML"
                    + " statements: CREATE, ALTER, DROP, RENAME, TRUNCATE, CREATE INDEX, CREATE TRIGGER, CREATE SEQUENCE,"
                    + " COMMENT ON, INSERT, UPDATE, DELETE, MERGE and SELECT, including tables in subqueries and"
                    + " references. Which object an unqualified name means depends on the connection's"
                    + " search_path or current database, which differs between tools and environments.")
            .failing("INSERT INTO orders (id) SELECT id FROM sales.legacy_orders;")
            .passing("INSERT INTO sales.orders (id) SELECT id FROM sales.legacy_orders;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /**
     * The tables (and sequences) the statement names. {@link TablesNamesFinder} is used only for the statement types
     * it supports (it throws for others). An {@code INSERT ... VALUES} is taken to name only its target, so the
     * (possibly huge) value lists are not walked; a subquery inside the values is not checked.
     */
    private static Collection<String> tables(Statement ast) {
        if (ast instanceof Insert insert && insert.getSelect() instanceof Values && insert.getWithItemsList() == null) {
            return List.of(insert.getTable().getFullyQualifiedName());
        }
        if (ast instanceof CreateSequence create) {
            return List.of(create.getSequence().getFullyQualifiedName());
        }
        if (ast instanceof Drop drop && !DROPPED_OBJECTS.contains(String.valueOf(drop.getType()).toUpperCase(Locale.ROOT))) {
            return List.of();
        }
        for (Class<? extends Statement> type : SUPPORTED) { // a loop, not a stream: every statement comes here
            if (type.isInstance(ast)) {
                return new TablesNamesFinder<Void>().getTables(ast);
            }
        }
        return List.of();
    }

    private static List<Class<? extends Statement>> statementTypes(List<Class<? extends Statement>> supported) {
        List<Class<? extends Statement>> types = new ArrayList<>(supported);
        types.add(CreateSequence.class);
        return List.copyOf(types);
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null);
        if (ast == null) {
            return;
        }
        for (String table : tables(ast)) {
            if (table.indexOf('.') < 0) {
                String name = Ddl.unquote(table);
                rule.report(statement, Ddl.offsetOf(statement.text(), name, 0, 0), "Unqualified object name: '" + name
                        + "'.");
            }
        }
    }
}
