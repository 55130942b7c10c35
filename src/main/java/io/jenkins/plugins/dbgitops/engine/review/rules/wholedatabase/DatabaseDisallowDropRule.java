package io.jenkins.plugins.dbgitops.engine.review.rules.wholedatabase;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** Squawk's ban-drop-database, for PostgreSQL and MySQL/MariaDB (where DROP SCHEMA is the same statement). */
public final class DatabaseDisallowDropRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Drop.class); // what a DROP parses to
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        DropStatement.of(statement)
                .filter(drop -> drop.kind().equals("DATABASE")
                        || drop.kind().equals("SCHEMA") && statement.engine().isMySqlFamily())
                .ifPresent(drop -> rule.report(statement, "Dropping database " + String.join(", ", drop.names())
                        + " destroys all of its data."));
    }
}
