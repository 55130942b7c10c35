package io.jenkins.plugins.dbgitops.engine.review;

/**
 * One review rule. A rule instance checks the files of one review run, one at a time and on one thread, so it may
 * keep per-file state in fields that {@link #startFile} resets. Rules must never change the syntax tree: it is
 * shared by every rule.
 *
 * <p>Register each rule in {@code META-INF/services/io.jenkins.plugins.dbgitops.engine.review.Rule}; a test checks
 * that every rule class is registered, documented and tested.
 */
public interface Rule {

    /** The rule's id, engines, default level, payload and documentation. */
    RuleDefinition definition();

    /** Called before the first statement of each reviewed file. */
    default void startFile(FileContext file, RuleContext rule) {
    }

    /** Checks one statement; the catalog shows the schema as it is just before this statement. */
    void check(StatementContext statement, RuleContext rule);

    /** Called after the last statement of each reviewed file, for rules that judge a file as a whole. */
    default void endFile(FileContext file, RuleContext rule) {
    }
}
