package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** Dropping a schema (our own rule, in the manner of Squawk's ban-drop-database). */
public final class SchemaDisallowDropRule implements Rule {
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
