package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;

/**
 * Rules the review engine reports itself, defined next to it (in the {@code rules.yaml} of this package): a script
 * the splitter cannot split is a syntax error before any statement exists, and whether a suppression silenced
 * anything is known only once a file's findings are. {@code statement.syntax-error} also has a rule for the
 * statements JSqlParser rejects; the unused-suppression rule has none ({@link RuleDefinition#reportedByEngine()}).
 * Every registry holds these definitions.
 */
public final class EngineRules {
    public static final RuleDefinition SYNTAX_ERROR = RuleDefinitions.byId(EngineRules.class, "statement.syntax-error");
    public static final RuleDefinition UNUSED_SUPPRESSION =
            RuleDefinitions.byId(EngineRules.class, "statement.unused-suppression");

    /** Every rule the engine reports findings of. */
    static final List<RuleDefinition> ALL = List.of(SYNTAX_ERROR, UNUSED_SUPPRESSION);
    /** The definitions no {@code Rule} implements, which every registry adds. */
    static final List<RuleDefinition> WITHOUT_RULE = List.of(UNUSED_SUPPRESSION);

    private EngineRules() {
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
