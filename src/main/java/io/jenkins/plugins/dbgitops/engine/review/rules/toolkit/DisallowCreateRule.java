package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.event.CreateEvent;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;

/**
 * The family of Bytebase's {@code system.<kind>.disallow-create} rules: a statement that creates an object of one kind
 * (as {@link CreatedObject} recognises it, token-wise, because JSqlParser parses few routine bodies) is reported.
 */
public abstract class DisallowCreateRule implements Rule {
    /** The types {@link CreatedObject#of} reads. */
    private static final List<Class<? extends Statement>> CREATING = List.of(CreateFunction.class,
            CreateProcedure.class, CreateView.class, CreateEvent.class, CreateTrigger.class);

    private final String kind;

    /** @param kind the object kind in upper case, as {@link CreatedObject#kind()} names it: VIEW, EVENT, ... */
    protected DisallowCreateRule(String kind) {
        this.kind = kind;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return CREATING;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        CreatedObject.of(statement).filter(created -> created.kind().equals(kind)).ifPresent(created ->
                rule.report(statement, Impact.of("The statement creates %s %s".formatted(
                        kind.toLowerCase(Locale.ROOT), created.name()), rule)));
    }
}
