package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * One review rule. A rule instance checks the files of one review run, one at a time and on one thread, so it may
 * keep per-file state in fields that {@link #startFile} resets. Rules must never change the syntax tree: it is
 * shared by every rule.
 *
 * <p>Register each rule in {@code META-INF/services/io.jenkins.plugins.dbgitops.engine.review.Rule} and define it in
 * the {@code rules.yaml} of its package; a test checks that every rule class is registered, defined, documented and
 * tested.
 */
public interface Rule {
    /**
     * The rule's id, engines, default level, payload and documentation: by default the entry of the
     * {@code rules.yaml} beside the class that names the class (see {@link RuleDefinitions}).
     */
    default RuleDefinition definition() {
        return RuleDefinitions.of(getClass());
    }

    /** Called before the first statement of each reviewed file. */
    default void startFile(FileContext file, RuleContext rule) {
    }

    /**
     * The syntax tree types this rule judges, so that the engine does not call it for other parsed statements: a
     * rule must do nothing for a parsed statement of another type. A statement JSqlParser could not parse, or kept as
     * an {@code UnsupportedStatement}, reaches every rule. Empty, the default: every statement.
     */
    default List<Class<? extends Statement>> statementTypes() {
        return List.of();
    }

    /** Checks one statement; the catalog shows the schema as it is just before this statement. */
    void check(StatementContext statement, RuleContext rule);

    /** Called after the last statement of each reviewed file, for rules that judge a file as a whole. */
    default void endFile(FileContext file, RuleContext rule) {
    }
}
