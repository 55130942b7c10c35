package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the HTML review report ({@link HtmlReport}) shows. A {@link ReviewReport} is one; so is what a Jenkins build
 * keeps of a review in {@code build.xml} (findings and counts, no SQL), so that both are drawn by the one renderer.
 */
public interface ReviewView {
    /** What the review found; what a build kept holds the findings and counts only (see {@link #complete()}). */
    ReviewResult result();

    /**
     * Whether {@link #result()} is the whole review, with the reviewed scripts, the statements not fully parsed and
     * the suppressions. What a build kept is not, and the report then leaves those sections out rather than claim
     * there were none.
     */
    boolean complete();

    /** Whether the findings reach the fail level. */
    boolean failed();

    /** The rule behind a finding, for its title and help; empty for a rule this version does not know. */
    Optional<RuleDefinition> rule(String id);

    /** Facts shown under the heading, label to value (engine, policy, ...), in order; values are plain text. */
    Map<String, String> facts();

    /** The scripts' text for the SQL excerpts. */
    SourceLookup sources();

    default long errors() {
        return result().count(Level.ERROR);
    }

    default long warnings() {
        return result().count(Level.WARNING);
    }

    default List<Finding> findings() {
        return result().findings();
    }

    default int files() {
        return result().files();
    }

    default int statements() {
        return result().statements();
    }
}
