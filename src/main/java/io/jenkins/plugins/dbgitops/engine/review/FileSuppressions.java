package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one file. They are read from the text between statements: a comment on the line(s)
 * before a statement covers that statement, one after the statement's delimiter on its last line covers the
 * statement it ends, and {@code dbgitops:ignore-file} covers the whole file. The scan jumps from one
 * {@code dbgitops:ignore} marker to the next, so a file without suppressions costs one {@code indexOf}.
 */
final class FileSuppressions {
    static final String MARKER = "dbgitops:ignore";
    private static final Pattern COMMENT = Pattern.compile(
            "dbgitops:ignore(-file)?(?:[ \\t]+([A-Za-z0-9.\\-]+(?:[ \\t]*,[ \\t]*[A-Za-z0-9.\\-]+)*))?[ \\t]*([^\\r\\n]*)");

    private final String content;
    private final List<Suppression> all = new ArrayList<>();
    private int cursor;

    FileSuppressions(String content) {
        this.content = content;
        this.cursor = content.indexOf(MARKER);
    }

    /**
     * Reads the suppressions between {@code previous} and {@code next} (either may be null at the file's ends).
     */
    void betweenStatements(SqlStatement previous, SqlStatement next) {
        if (cursor < 0) {
            return;
        }
        int from = previous == null ? 0 : previous.endOffset();
        int to = next == null ? content.length() : next.startOffset();
        if (cursor < from) {
            cursor = content.indexOf(MARKER, from);
        }
        while (cursor >= 0 && cursor < to) {
            Matcher matcher = COMMENT.matcher(content).region(cursor, content.length());
            if (matcher.lookingAt()) {
                boolean trailing = previous != null && content.indexOf('\n', from) >= cursor
                        || previous != null && content.indexOf('\n', from) < 0;
                add(matcher, previous, next, from, trailing);
            }
            cursor = content.indexOf(MARKER, cursor + MARKER.length());
        }
    }

    private void add(Matcher matcher, SqlStatement previous, SqlStatement next, int gapStart, boolean trailing) {
        int baseLine = previous == null ? 1 : previous.lastLine();
        int line = baseLine + count(gapStart, cursor);
        int lineStart = content.lastIndexOf('\n', cursor - 1) + 1;
        boolean wholeFile = matcher.group(1) != null;
        List<String> rules = matcher.group(2) == null ? List.of()
                : Arrays.stream(matcher.group(2).split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        String reason = matcher.group(3);
        int commentEnd = reason.indexOf("*/");
        reason = (commentEnd < 0 ? reason : reason.substring(0, commentEnd)).trim();
        Suppression suppression = new Suppression(rules, reason, line, cursor - lineStart + 1, wholeFile);
        SqlStatement covered = trailing ? previous : next;
        if (!wholeFile) {
            if (covered == null) {
                suppression.cover(0, -1); // after the last statement it covers nothing, and is reported as unused
            } else {
                suppression.cover(covered.line(), covered.lastLine());
            }
        }
        all.add(suppression);
    }

    private int count(int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (content.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether any suppression silences the finding. */
    boolean silences(Finding finding) {
        boolean silenced = false;
        for (Suppression suppression : all) {
            silenced |= suppression.silences(finding);
        }
        return silenced;
    }

    List<Suppression> all() {
        return all;
    }
}
