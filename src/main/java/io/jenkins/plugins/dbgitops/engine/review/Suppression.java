package io.jenkins.plugins.dbgitops.engine.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code -- dbgitops:ignore rule.id[,rule.id] reason} comment (or {@code dbgitops:ignore-file}), with the lines
 * it covers and which of its rules it actually silenced, so unused suppressions can be reported.
 */
final class Suppression {
    private final List<String> rules;
    private final String reason;
    private final int line;
    private final int column;
    private final boolean wholeFile;
    private final Set<String> used = new HashSet<>();
    private int firstLine;
    private int lastLine;

    Suppression(List<String> rules, String reason, int line, int column, boolean wholeFile) {
        this.rules = List.copyOf(rules);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.wholeFile = wholeFile;
    }

    /** Sets the lines of the statement this suppression belongs to. */
    void cover(int fromLine, int toLine) {
        this.firstLine = fromLine;
        this.lastLine = toLine;
    }

    /** Whether this suppression silences the finding; remembers that it was used. */
    boolean silences(Finding finding) {
        if (!rules.contains(finding.ruleId())) {
            return false;
        }
        if (!wholeFile && (finding.line() < firstLine || finding.line() > lastLine)) {
            return false;
        }
        used.add(finding.ruleId());
        return true;
    }

    List<String> rules() {
        return rules;
    }

    String reason() {
        return reason;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean wholeFile() {
        return wholeFile;
    }

    boolean used(String ruleId) {
        return used.contains(ruleId);
    }
}
