package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;

/** Bytebase's {@code table.disallow-trigger}; unparsed {@code CREATE TRIGGER} bodies are recognised by tokens. */
public final class DisallowTriggerRule implements Rule {
    private static final Pattern CREATE_TRIGGER = Pattern.compile(
            "^CREATE (OR REPLACE )?(DEFINER ?= ?\\S+ )?(CONSTRAINT )?TRIGGER .*");

    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-trigger")
            .optIn()
            .title("No triggers")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A trigger runs hidden logic on every write, which slows writes and surprises whoever "
                    + "reads the code.")
            .help("Move the logic into the application or a scheduled job, where it is visible and testable.")
            .description("Reports CREATE TRIGGER. Triggers add work to every insert, update or delete inside the"
                    + " writer's transaction, are invisible from application code, and break online schema change"
                    + " tools that install their own triggers.")
            .failing("CREATE TRIGGER trg_orders_audit AFTER INSERT ON orders FOR EACH ROW"
                    + " INSERT INTO audit_log (note) VALUES ('order');")
            .passing("INSERT INTO audit_log (note) VALUES ('order');")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTrigger.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        boolean trigger = statement.parsed() ? statement.ast(CreateTrigger.class).isPresent()
                : CREATE_TRIGGER.matcher(statement.normalized()).matches();
        if (trigger) {
            rule.report(statement, "Creating a trigger is not allowed: \"" + statement.text().lines().findFirst()
                    .orElse("").strip() + "\".");
        }
    }
}
