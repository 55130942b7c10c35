package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import java.util.Locale;

/** Builds finding messages that name the object and then state the rule's impact. */
public final class Impact {
    private Impact() {
    }

    /**
     * {@code "<subject>: <the rule's message>"}, the message's first letter in lower case unless it starts a keyword
     * or acronym ({@code GRANT ALL}, {@code CHANGE COLUMN}), which keeps its case.
     */
    public static String of(String subject, RuleContext rule) {
        return subject + ": " + continuing(rule.config().definition().message());
    }

    static String continuing(String message) {
        boolean startsUpperCaseWord = message.length() > 1 && Character.isUpperCase(message.charAt(1));
        return startsUpperCaseWord ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
