package io.jenkins.plugins.dbgitops.engine.review.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The output formats of a review, all rendered from the same {@link ReviewReport}. */
public enum ReportFormat {
    TEXT("text", TextReport::render),
    JSON("json", JsonReport::render),
    SARIF("sarif", SarifReport::render),
    JUNIT("junit", JUnitReport::render),
    MARKDOWN("markdown", MarkdownReport::render),
    CODEQUALITY("codequality", CodeQualityReport::render),
    HTML("html", HtmlReport::render);

    private final String id;
    private final Function<ReviewReport, String> renderer;

    ReportFormat(String id, Function<ReviewReport, String> renderer) {
        this.id = id;
        this.renderer = renderer;
    }

    public String id() {
        return id;
    }

    public String render(ReviewReport report) {
        return renderer.apply(report);
    }

    /** Parses a format name in any case. */
    public static ReportFormat fromName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.id.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown report format '" + name + "': use one of "
                        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return id;
    }
}
