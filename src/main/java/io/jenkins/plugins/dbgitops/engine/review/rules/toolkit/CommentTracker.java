package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The comments of the tables or columns one file creates, judged when the file ends, as Bytebase does: a comment may
 * be written inline (MySQL's {@code COMMENT 'x'}) or by a later {@code COMMENT ON} (PostgreSQL), replaced, or
 * removed with {@code IS NULL}; only the final state counts. Either form is accepted on either engine, since the
 * database itself rejects the one it lacks. Comments on objects of earlier migrations are checked for length only.
 */
public final class CommentTracker {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final String name;
        final boolean created;
        final int[] createdAt;
        String comment;
        int[] commentAt;

        Entry(String name, boolean created, int[] createdAt) {
            this.name = name;
            this.created = created;
            this.createdAt = createdAt;
        }
    }

    public void clear() {
        entries.clear();
    }

    /** An object the file creates, with its inline comment or null. */
    public void created(String name, StatementContext statement, int offset, String inlineComment) {
        int[] position = statement.positionOf(offset);
        Entry entry = new Entry(name, true, position);
        entry.comment = inlineComment;
        entry.commentAt = position;
        entries.put(name.toLowerCase(Locale.ROOT), entry);
    }

    /** A {@code COMMENT ON} statement: sets, replaces or (with null) removes the comment. */
    public void commented(String name, StatementContext statement, String comment) {
        Entry entry = entries.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                key -> new Entry(name, false, statement.positionOf(0)));
        entry.comment = comment;
        entry.commentAt = statement.positionOf(0);
    }

    /** Reports the created objects left without a comment (when required) and every comment that is too long. */
    public void report(FileContext file, RuleContext rule, boolean required, int maxLength,
            Function<String, String> missingMessage, Function<String, String> tooLongMessage) {
        for (Entry entry : entries.values()) {
            if (entry.comment == null) {
                if (required && entry.created) {
                    rule.reportAt(file, entry.createdAt[0], entry.createdAt[1], missingMessage.apply(entry.name));
                }
            } else if (maxLength > 0 && entry.comment.length() > maxLength) {
                rule.reportAt(file, entry.commentAt[0], entry.commentAt[1], tooLongMessage.apply(entry.name));
            }
        }
        entries.clear();
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
