package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;

/**
 * What a review found.
 *
 * @param findings   sorted by file (in review order), line, column and rule
 * @param files      how many files were reviewed
 * @param statements how many statements were reviewed
 * @param unparsed   valid statements JSqlParser could not parse (or that were too large to parse), which only
 *                   token rules checked; syntax errors are findings of {@code statement.syntax-error} instead
 * @param suppressed how many findings suppression comments silenced
 * @param scripts    the reviewed files, in review order
 */
public record ReviewResult(List<Finding> findings, int files, int statements, List<UnparsedStatement> unparsed,
        int suppressed, List<String> scripts) {

    public ReviewResult {
        findings = List.copyOf(findings);
        unparsed = List.copyOf(unparsed);
        scripts = List.copyOf(scripts);
    }

    public ReviewResult(List<Finding> findings, int files, int statements, List<UnparsedStatement> unparsed) {
        this(findings, files, statements, unparsed, 0, List.of());
    }

    public long count(Level level) {
        return findings.stream().filter(finding -> finding.level() == level).count();
    }

    /** Whether any finding is at or above the threshold; {@link Level#OFF} never fails. */
    public boolean failsAt(Level threshold) {
        return findings.stream().anyMatch(finding -> finding.level().atLeast(threshold));
    }

    /**
     * A statement that was not fully parsed.
     *
     * @param file   the script
     * @param line   its line
     * @param column its column
     * @param reason why, and what it means for the review
     */
    public record UnparsedStatement(String file, int line, int column, String reason) {
    }
}
