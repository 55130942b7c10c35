package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;

/** The one-line summary every format shares. */
final class Summary {
    private Summary() {
    }

    static String line(ReviewView report) {
        StringBuilder out = new StringBuilder();
        out.append(plural(report.errors(), "error")).append(", ").append(plural(report.warnings(), "warning"))
                .append(" in ").append(plural(report.files(), "file")).append(" (")
                .append(plural(report.statements(), "statement")).append(')');
        ReviewResult result = report.result();
        if (result.suppressed() > 0) {
            out.append("; ").append(result.suppressed()).append(" suppressed");
        }
        if (!result.unparsed().isEmpty()) {
            out.append("; ").append(plural(result.unparsed().size(), "statement")).append(" not fully parsed");
        }
        out.append(report.failed() ? " - review failed" : " - review passed");
        return out.toString();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
