package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;

/**
 * What a review found.
 *
 * @param findings   sorted by file (in review order), line, column and rule
 * @param files      how many files were reviewed
 * @param statements how many statements were reviewed
 * @param unparsed   statements JSqlParser could not parse, which only token rules checked
 */
public record ReviewResult(List<Finding> findings, int files, int statements, List<UnparsedStatement> unparsed) {

    public ReviewResult {
        findings = List.copyOf(findings);
        unparsed = List.copyOf(unparsed);
    }

    public long count(Level level) {
        return findings.stream().filter(finding -> finding.level() == level).count();
    }

    /** Whether any finding is at or above the threshold; {@link Level#OFF} never fails. */
    public boolean failsAt(Level threshold) {
        return findings.stream().anyMatch(finding -> finding.level().atLeast(threshold));
    }

    /**
     * A statement JSqlParser could not parse.
     *
     * @param file   the script
     * @param line   its line
     * @param column its column
     * @param reason JSqlParser's message
     */
    public record UnparsedStatement(String file, int line, int column, String reason) {
    }
}
