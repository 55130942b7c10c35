package io.jenkins.plugins.dbgitops.engine.review.rules.ddl;

import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import java.util.Locale;

/** Builds finding messages that name the object and then state the rule's impact. */
public final class Impact {
    private Impact() {
    }

    /** {@code "<subject>: <the rule's message with a lower-case first letter>"}. */
    public static String of(String subject, RuleDefinition definition) {
        String message = definition.message();
        return subject + ": " + message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
