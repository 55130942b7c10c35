package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import java.io.Serializable;

/** One review finding as kept in the build (serializable, so it can travel back from the agent). */
public record ReviewFindingRow(String file, int line, int column, String ruleId, String level, String message, String help)
        implements Serializable {
    static ReviewFindingRow of(Finding finding) {
        return new ReviewFindingRow(finding.file(), finding.line(), finding.column(), finding.ruleId(),
                finding.level().name(), finding.message(), finding.help());
    }
}
