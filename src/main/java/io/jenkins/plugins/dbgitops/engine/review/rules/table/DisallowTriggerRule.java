package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;

/** Bytebase's {@code table.disallow-trigger}; unparsed {@code CREATE TRIGGER} bodies are recognised by tokens. */
public final class DisallowTriggerRule implements Rule {
    private static final Pattern CREATE_TRIGGER = Pattern.compile(
            "^CREATE (OR REPLACE )?(DEFINER ?= ?\\S+ )?(CONSTRAINT )?TRIGGER .*");

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
