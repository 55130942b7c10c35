package io.jenkins.plugins.dbgitops.engine.deploy;

import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.badge;
import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.duration;
import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.text;

import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deployment matrix as a self-contained HTML page: one row per environment, one cell per database, coloured by
 * status. From deployment records (what rollouts did: timings, approver, release, commit, each failed file's error)
 * or from target states (what {@code status} found in each database).
 */
public final class DeploymentMatrixHtml {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private DeploymentMatrixHtml() {
    }

    /** A page of rollouts, one environment each, in the order given. */
    public static String ofRecords(String title, List<? extends RolloutView> records) {
        return HtmlPage.document(title, "<h1>" + text(title) + "</h1>\n" + recordsBody(records));
    }

    /** The matrix of rollouts with its style and without the page around it: the Jenkins deployments page. */
    public static String recordsFragment(List<? extends RolloutView> records) {
        return HtmlPage.fragment(recordsBody(records));
    }

    /**
     * The matrix of rollouts without the page around it, for a page that shows more (the release page, the demo's
     * report). Needs {@link HtmlPage}'s style.
     */
    public static String recordsBody(List<? extends RolloutView> records) {
        StringBuilder body = new StringBuilder("<section class=\"matrix\">\n");
        if (records.isEmpty()) {
            body.append("<p>No rollout yet.</p>\n");
        }
        for (RolloutView record : records) {
            body.append("<section class=\"env\"><header><h3>").append(text(record.environment())).append("</h3>")
                    .append(badge(tone(record.status()), (record.dryRun() ? "dry run: " : "") + record.status()))
                    .append("</header>\n<dl class=\"facts\"><dt>Release</dt><dd><code>")
                    .append(text(record.releaseId())).append("</code></dd><dt>Commit</dt><dd><code>")
                    .append(text(record.commit())).append("</code></dd><dt>Approver</dt><dd>")
                    .append(record.approvedBy() == null ? "<span class=\"muted\">none needed</span>"
                            : text(record.approvedBy()))
                    .append("</dd><dt>Started</dt><dd>").append(time(record.startedAt())).append("</dd><dt>Took</dt><dd>")
                    .append(text(duration(record.durationMs()))).append("</dd></dl>\n");
            if (!record.notes().isEmpty()) {
                body.append("<ul class=\"files muted\">");
                record.notes().forEach(note -> body.append("<li>").append(text(note)).append("</li>"));
                body.append("</ul>\n");
            }
            body.append("<div class=\"targets\">\n");
            record.targets().forEach(target -> target(body, target));
            body.append("</div></section>\n");
        }
        return body.append("</section>\n").toString();
    }

    private static void target(StringBuilder body, RolloutView.Target target) {
        String tone = tone(target.status());
        body.append("<article class=\"target ").append(tone).append("\"><div><span class=\"name\">")
                .append(text(target.name())).append("</span> ").append(badge(tone, target.status().name()))
                .append("</div>\n<div class=\"muted\"><code>").append(text(target.url())).append("</code></div>\n<div>");
        Map<FileStatus, Long> counts = new LinkedHashMap<>();
        for (FileStatus status : FileStatus.values()) {
            long count = target.count(status);
            if (count > 0) {
                counts.put(status, count);
            }
        }
        counts.forEach((status, count) -> body.append(count).append(' ')
                .append(text(status.name().toLowerCase(Locale.ROOT).replace('_', ' '))).append(", "));
        body.append(text(duration(target.durationMs()))).append("</div>\n");
        if (target.error() != null) {
            body.append("<div class=\"error-text\">").append(text(target.error())).append("</div>\n");
        }
        List<DeploymentRecord.File> ran = target.files().stream()
                .filter(file -> file.status() != FileStatus.SKIPPED).toList();
        if (!ran.isEmpty()) {
            // the files of a failed target are open: its error is what the reader came for
            body.append("<details").append(target.status().isFailure() ? " open" : "").append("><summary>")
                    .append(ran.size()).append(ran.size() == 1 ? " file" : " files").append("</summary><ul class=\"files\">");
            for (DeploymentRecord.File file : ran) {
                body.append("<li><code>").append(text(file.script())).append("</code> ")
                        .append(text(file.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
                if (file.startedAt() != null) {
                    body.append(", ").append(text(duration(file.durationMs())));
                }
                if (file.error() != null && !file.error().equals(target.error())) {
                    body.append("<div class=\"").append(file.status() == FileStatus.FAILED ? "error-text" : "muted")
                            .append("\">").append(text(file.error())).append("</div>");
                }
                body.append("</li>");
            }
            body.append("</ul></details>\n");
        }
        body.append("</article>\n");
    }

    /** A page of what each target holds compared with {@code reference} (a release or the working tree). */
    public static String ofStates(String title, String reference, List<TargetState> states) {
        return HtmlPage.document(title, "<h1>" + text(title) + "</h1>\n<p>Compared with " + text(reference)
                + ".</p>\n" + statesBody(states));
    }

    /** The matrix of target states without the page around it. Needs {@link HtmlPage}'s style. */
    public static String statesBody(List<TargetState> states) {
        Map<String, List<TargetState>> byEnvironment = new LinkedHashMap<>();
        states.forEach(state -> byEnvironment.computeIfAbsent(state.environment(), name -> new ArrayList<>())
                .add(state));
        StringBuilder body = new StringBuilder("<section class=\"matrix\">\n");
        byEnvironment.forEach((environment, targets) -> {
            body.append("<section class=\"env\"><header><h3>").append(text(environment)).append("</h3>")
                    .append(badge(worst(targets), Long.toString(targets.stream()
                            .filter(state -> state.summary().equals("UP_TO_DATE")).count()) + "/" + targets.size()
                            + " up to date"))
                    .append("</header>\n<div class=\"targets\">\n");
            targets.forEach(state -> state(body, state));
            body.append("</div></section>\n");
        });
        return body.append("</section>\n").toString();
    }

    private static void state(StringBuilder body, TargetState state) {
        String tone = tone(state.summary());
        body.append("<article class=\"target ").append(tone).append("\"><div><span class=\"name\">")
                .append(text(state.target())).append("</span> ").append(badge(tone, state.summary()))
                .append("</div>\n<div class=\"muted\"><code>").append(text(state.url())).append("</code></div>\n")
                .append("<dl class=\"facts\"><dt>Release</dt><dd><code>").append(text(state.latestRelease().orElse("-")))
                .append("</code></dd><dt>Applied</dt><dd>").append(state.applied().size()).append("</dd><dt>Pending</dt><dd>")
                .append(state.pending().size()).append(state.pending().isEmpty() ? ""
                        : " <span class=\"muted\">(" + text(String.join(", ", state.pending())) + ")</span>")
                .append("</dd></dl>\n");
        state.error().ifPresent(error -> body.append("<div class=\"error-text\">").append(text(error)).append("</div>\n"));
        state.blocked().forEach(blocked -> body.append("<div class=\"error-text\">").append(text(blocked))
                .append("</div>\n"));
        state.drift().forEach(drift -> body.append("<div class=\"error-text\">drift: ").append(text(drift))
                .append("</div>\n"));
        body.append("</article>\n");
    }

    private static String worst(List<TargetState> states) {
        List<String> tones = states.stream().map(state -> tone(state.summary())).toList();
        return tones.contains("bad") ? "bad" : tones.contains("warn") ? "warn" : "ok";
    }

    static String tone(DeploymentStatus status) {
        return switch (status) {
            case SUCCESS -> "ok";
            case NOTHING_TO_DO -> "neutral";
            case PARTIAL -> "warn";
            case FAILED -> "bad";
        };
    }

    static String tone(TargetOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "ok";
            case NOTHING_TO_DO -> "neutral";
            case CANCELLED -> "warn";
            case FAILED, INPUT_ERROR -> "bad";
        };
    }

    static String tone(String summary) {
        return switch (summary) {
            case "UP_TO_DATE" -> "ok";
            case "PENDING" -> "info";
            case "DRIFT" -> "warn";
            default -> "bad";
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "" : text(TIME.format(instant));
    }
}
