package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.List;
import java.util.Locale;

/**
 * One rule for dropping the objects other than tables, columns, schemas and databases that clients depend on: views,
 * functions, types, triggers, sequences, domains, extensions, policies, and indexes when INDEX is added to the
 * payload's list (our own rule).
 */
public final class DisallowDropObjectRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-drop-object")
            .title("Disallow dropping views, functions, types and other objects")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("Dropping an object that clients use breaks them, and some drops also lose data or behaviour.")
            .help("Stop every client from using the object in an earlier release, then drop it.")
            .description("Views, functions, procedures, types, domains, sequences, triggers, extensions and policies are"
                    + " part of the contract between the database and its clients: dropping one fails every query that"
                    + " uses it (including an application rolled back to), a dropped sequence loses its position, a"
                    + " dropped trigger or policy silently stops enforcing something. The payload's list names the"
                    + " object kinds checked; add INDEX to ban dropping indexes that queries may depend on.")
            .failing("DROP VIEW active_customers;")
            .passing("CREATE OR REPLACE VIEW active_customers AS SELECT id FROM customers;")
            .payload(PayloadField.stringList("list", List.of("VIEW", "MATERIALIZED VIEW", "FUNCTION", "PROCEDURE",
                    "TYPE", "DOMAIN", "SEQUENCE", "TRIGGER", "EXTENSION", "POLICY"),
                    "object kinds whose DROP is reported, e.g. VIEW, FUNCTION, INDEX"))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        DropStatement drop = DropStatement.of(statement).orElse(null); // no lambda per statement: most are not DROPs
        if (drop == null) {
            return;
        }
        boolean listed = rule.config().stringList("list").stream()
                .anyMatch(kind -> kind.trim().toUpperCase(Locale.ROOT).equals(drop.kind()));
        if (listed) {
            rule.report(statement, "Dropping " + drop.kind().toLowerCase(Locale.ROOT) + " "
                    + String.join(", ", drop.names()) + " breaks every client that still uses it.");
        }
    }
}
