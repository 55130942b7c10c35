package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Squawk's constraint-missing-not-valid, second half: a constraint added NOT VALID and validated in the same
 * transaction keeps the strong lock of the ADD for the whole validation. Same transaction means the same explicit
 * BEGIN block, or the same file when dbgitops runs the file in one transaction.
 */
public final class ValidateConstraintSeparatelyRule implements Rule {
    /** Constraint name to the explicit transaction block it was added in, or -1 outside any block. */
    private final Map<String, Integer> addedNotValid = new HashMap<>();
    private final List<StatementContext> sameFile = new ArrayList<>();
    private int block;
    private boolean open;
    private boolean nonTransactional;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        addedNotValid.clear();
        sameFile.clear();
        block = 0;
        open = false;
        nonTransactional = NonTransactional.declared(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        TransactionControl control = TransactionControl.of(statement);
        if (control != TransactionControl.NONE) {
            open = control == TransactionControl.BEGIN;
            block++;
            return;
        }
        nonTransactional |= NonTransactional.is(statement);
        AlterTable alter = AlterTable.of(statement).orElse(null); // no lambda per statement: most are not ALTERs
        if (alter == null) {
            return;
        }
        for (AlterTable.Clause clause : alter.clauses()) {
            int current = open ? block : -1;
            if (clause.startsWith("ADD", "CONSTRAINT") && clause.contains("NOT", "VALID") && clause.tokens().size() > 2) {
                addedNotValid.put(clause.tokens().get(2).text().toLowerCase(Locale.ROOT), current);
            } else if (clause.startsWith("VALIDATE", "CONSTRAINT") && clause.tokens().size() > 2) {
                Integer added = addedNotValid.get(clause.tokens().get(2).text().toLowerCase(Locale.ROOT));
                if (added != null && added >= 0 && added == current) {
                    rule.report(statement, clause.offset(), message(clause));
                } else if (added != null && added < 0 && current < 0) {
                    sameFile.add(statement);
                }
            }
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (!nonTransactional) {
            sameFile.forEach(statement -> rule.report(statement, "This file adds the constraint NOT VALID and"
                    + " validates it in the same transaction, holding the strong lock for the whole validation."));
        }
    }

    private static String message(AlterTable.Clause clause) {
        return "Constraint " + clause.tokens().get(2).text() + " is validated in the transaction block that added it,"
                + " holding the strong lock for the whole validation.";
    }
}
