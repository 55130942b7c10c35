package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** Dropping a schema (our own rule, in the manner of Squawk's ban-drop-database). */
public final class SchemaDisallowDropRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("schema.disallow-drop")
            .title("Disallow dropping schemas")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("Dropping a schema loses every object in it and breaks every client that uses them.")
            .help("Drop the schema's objects one by one after their clients are gone, or keep the schema.")
            .description("DROP SCHEMA (with CASCADE, everything in it: tables, views, functions, types) removes data"
                    + " and code for good and fails every client query that names those objects. It is almost never"
                    + " what a routine migration should do.")
            .failing("DROP SCHEMA reporting CASCADE;")
            .passing("CREATE SCHEMA IF NOT EXISTS reporting;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Drop.class); // what a DROP parses to
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        DropStatement.of(statement).filter(drop -> drop.kind().equals("SCHEMA")).ifPresent(drop -> rule.report(
                statement, "Dropping schema " + String.join(", ", drop.names())
                        + " loses every object in it and breaks every client that uses them."));
    }
}
