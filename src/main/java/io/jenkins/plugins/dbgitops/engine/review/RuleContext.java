package io.jenkins.plugins.dbgitops.engine.review;

/** What a rule gets from the review run: its configuration and a way to report findings. */
public interface RuleContext {

    /** The level and payload the policy gives this rule. */
    RuleConfig config();

    /** Reports the rule's default message at the statement's start. */
    default void report(StatementContext statement) {
        report(statement, config().definition().message());
    }

    /** Reports a finding at the statement's first character. */
    default void report(StatementContext statement, String message) {
        report(statement, 0, message);
    }

    /** Reports a finding at a character offset within the statement's text. */
    void report(StatementContext statement, int offsetInStatement, String message);

    /** Reports a finding at an explicit position of the file, for file-level rules. */
    void reportAt(FileContext file, int line, int column, String message);
}
