package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;

/**
 * Rules the review engine reports itself, defined next to it: a script the splitter cannot split is a syntax error
 * before any statement exists, and whether a suppression silenced anything is known only once a file's findings
 * are. {@code statement.syntax-error} also has a rule for the statements JSqlParser rejects; the unused-suppression
 * rule has none ({@link RuleDefinition#reportedByEngine()}). Every registry holds these definitions.
 */
public final class EngineRules {
    public static final RuleDefinition SYNTAX_ERROR = RuleDefinition.builder("statement.syntax-error")
            .title("Syntax errors")
            .origin("dbgitops; Squawk: syntax-error")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .alwaysOn()
            .message("The statement is not valid SQL, so the migration will fail when it runs.")
            .help("Fix the statement at the reported line and column.")
            .description("A statement with unbalanced parentheses or quotes, a misspelt first keyword, a CREATE,"
                    + " ALTER or DROP of no known kind of object, a trailing comma before ')' or an unexpected end"
                    + " fails on the database and stops the rollout part-way. Valid SQL that the parser does not"
                    + " support (DO blocks, NOT VALID, CONCURRENTLY, routine bodies, ...) is not reported here: the"
                    + " review lists it as not fully parsed. A script with an unterminated string, quoted"
                    + " identifier or comment is reported at the place it opens.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2));")
            .build();

    public static final RuleDefinition UNUSED_SUPPRESSION = RuleDefinition.builder("statement.unused-suppression")
            .title("Unused or unexplained suppressions")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.WARNING)
            .alwaysOn()
            .reportedByEngine()
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
