package io.jenkins.plugins.dbgitops.engine.review.rules.wholedatabase;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.drop.Drop;

/** Squawk's ban-drop-database, for PostgreSQL and MySQL/MariaDB (where DROP SCHEMA is the same statement). */
public final class DatabaseDisallowDropRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("database.disallow-drop")
            .title("Disallow dropping databases")
            .origin("Squawk: ban-drop-database")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Dropping a database destroys all of its data.")
            .help("Drop databases by hand, with a verified backup, never from a migration.")
            .description("DROP DATABASE removes every table and all data in one statement and cannot be rolled back."
                    + " A migration should never contain it. In MySQL and MariaDB, DROP SCHEMA is a synonym and is"
                    + " flagged as well.")
            .failing("DROP DATABASE analytics;")
            .passing("CREATE TABLE analytics_events (id bigint PRIMARY KEY);")
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
        DropStatement.of(statement)
                .filter(drop -> drop.kind().equals("DATABASE")
                        || drop.kind().equals("SCHEMA") && statement.engine().isMySqlFamily())
                .ifPresent(drop -> rule.report(statement, "Dropping database " + String.join(", ", drop.names())
                        + " destroys all of its data."));
    }
}
