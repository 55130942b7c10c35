package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Objects created without an inline comment (MySQL's {@code COMMENT 'x'}), whose comment may still come from a later
 * {@code COMMENT ON} statement of the same file (PostgreSQL): each waits here until its comment arrives, and the rest
 * are reported when the file ends. Either form counts on either engine; the database rejects the one it lacks.
 */
public final class PendingComments {
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Pending(int line, int column, String message) {
    }

    public void clear() {
        pending.clear();
    }

    /** Remembers an object that still needs a comment, with the finding to report if none comes. */
    public void await(String key, StatementContext statement, int offset, String message) {
        int[] position = statement.statement().positionOf(offset);
        pending.put(key.toLowerCase(Locale.ROOT), new Pending(position[0], position[1], message));
    }

    /** The comment for the object arrived. */
    public void resolve(String key) {
        pending.remove(key.toLowerCase(Locale.ROOT));
    }

    /** Reports every object whose comment never came. */
    public void reportRemaining(FileContext file, RuleContext rule) {
        pending.values().forEach(item -> rule.reportAt(file, item.line(), item.column(), item.message()));
        pending.clear();
    }

    /** A string literal's content without its quotes and with doubled quotes undone, or null for null. */
    public static String literal(String quoted) {
        if (quoted == null) {
            return null;
        }
        String text = quoted.trim();
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text;
    }
}
