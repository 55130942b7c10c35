package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import java.io.Serializable;
import java.util.Objects;

/**
 * One review finding as kept in the build. A plain class, not a record: Jenkins stores it in {@code build.xml}
 * through XStream, which cannot read records back.
 */
public final class ReviewFindingRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String ruleId;
    private final Level level;
    private final String message;
    private final String help;

    public ReviewFindingRow(String file, int line, int column, String ruleId, Level level, String message,
            String help) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.ruleId = ruleId;
        this.level = level;
        this.message = message;
        this.help = help;
    }

    static ReviewFindingRow of(Finding finding) {
        return new ReviewFindingRow(finding.file(), finding.line(), finding.column(), finding.ruleId(),
                finding.level(), finding.message(), finding.help());
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String ruleId() {
        return ruleId;
    }

    public Level level() {
        return level;
    }

    public String message() {
        return message;
    }

    public String help() {
        return help;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewFindingRow that && line == that.line && column == that.column
                && Objects.equals(file, that.file) && Objects.equals(ruleId, that.ruleId)
                && Objects.equals(level, that.level) && Objects.equals(message, that.message)
                && Objects.equals(help, that.help);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, ruleId, level, message, help);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + level + " " + ruleId;
    }
}
