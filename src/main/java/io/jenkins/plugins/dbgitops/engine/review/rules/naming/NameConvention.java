package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;

/**
 * The {@code format} and {@code maxLength} payloads of a table or column naming rule, and Bytebase's two messages for
 * a name that breaks them ({@code mismatches <kind> naming convention, ...}).
 */
record NameConvention(String format, int maxLength, String kind) {
    /** The rule's convention; {@code kind} names it in messages: "table", "column", "auto_increment column". */
    static NameConvention of(RuleContext rule, String kind) {
        return new NameConvention(rule.config().string("format"), rule.config().integer("maxLength"), kind);
    }

    boolean fits(String name) {
        return Naming.matches(format, name) && !tooLong(name);
    }

    /** Reports each way {@code name} breaks the convention, at {@code offset}; {@code quoted} is how messages show it. */
    void report(StatementContext statement, RuleContext rule, int offset, String name, String quoted) {
        if (!Naming.matches(format, name)) {
            rule.report(statement, offset, quoted + " mismatches " + kind + " naming convention, naming format should"
                    + " be \"" + format + "\".");
        }
        if (tooLong(name)) {
            rule.report(statement, offset, quoted + " mismatches " + kind + " naming convention, its length should"
                    + " be within " + maxLength + " characters.");
        }
    }

    private boolean tooLong(String name) {
        return maxLength > 0 && name.length() > maxLength;
    }
}
