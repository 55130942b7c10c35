package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * Keeps suppression comments honest. The review engine reports under this rule, after a file's findings are known,
 * every {@code dbgitops:ignore} comment that silenced nothing, gives no reason, or names no or an unknown rule.
 */
public final class UnusedSuppressionRule implements Rule {
    public static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.unused-suppression")
            .title("Unused or unexplained suppressions")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.WARNING)
            .message("The suppression comment silences nothing, or does not say why.")
            .help("Remove the comment, or name the rule it is for and give the reason after the rule ids.")
            .description("A '-- dbgitops:ignore rule.id reason' comment hides findings of the statement it"
                    + " precedes (or ends); '-- dbgitops:ignore-file rule.id reason' hides them in the whole file."
                    + " A suppression that no longer silences anything hides future problems of the statement, one"
                    + " without a reason leaves reviewers guessing, and one naming an unknown rule is a typo. Each"
                    + " case is reported at the comment.")
            .failing("-- dbgitops:ignore table.require-pk\nCREATE TABLE orders (id bigint PRIMARY KEY);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** The engine reports this rule's findings; its check does nothing for any statement. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return JudgedTypes.UNPARSED_ONLY;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // reported by the review engine once the file's findings are known
    }

    public static String noRules() {
        return "The suppression names no rule: write the rule ids after dbgitops:ignore, separated by commas.";
    }

    public static String noReason() {
        return "The suppression gives no reason: say why after the rule ids.";
    }

    public static String unknownRule(String ruleId) {
        return "The suppression names the unknown rule " + ruleId + ": check the id in docs/rules.md.";
    }

    public static String unused(String ruleId, boolean wholeFile) {
        return "The suppression of " + ruleId + " silences nothing " + (wholeFile ? "in this file" : "here")
                + ": remove it.";
    }
}
