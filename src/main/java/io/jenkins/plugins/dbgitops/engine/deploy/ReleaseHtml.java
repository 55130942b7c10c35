package io.jenkins.plugins.dbgitops.engine.deploy;

import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.badge;
import static io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage.text;

import io.jenkins.plugins.dbgitops.engine.release.ManifestEntry;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseManifest;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A release as HTML: its manifest (commit, branch, engine, every file with version, type, size and SHA-256) and the
 * deployment matrix of its rollouts, in the reports' style. Here rather than in the release package because it
 * shows deployments, and deployment already depends on releases.
 */
public final class ReleaseHtml {
    private ReleaseHtml() {
    }

    /**
     * The release page's content with its style, without the page around it: the Jenkins release page.
     *
     * @param archive     where the archive lies (relative to the workspace), or null
     * @param review      the review's one-line summary from when the release was packaged, or null
     * @param deployments rollouts of this release to show, in order
     */
    public static String fragment(ReleaseManifest manifest, String archive, String review,
            List<? extends RolloutView> deployments) {
        return HtmlPage.fragment(body(manifest, archive, review, deployments));
    }

    static String body(ReleaseManifest manifest, String archive, String review,
            List<? extends RolloutView> deployments) {
        StringBuilder body = new StringBuilder("<header><h1>Release <code>").append(text(manifest.releaseId()))
                .append("</code></h1>\n<dl class=\"facts\"><dt>Commit</dt><dd>");
        String commitUrl = commitUrl(manifest.repositoryUrl(), manifest.commit());
        if (commitUrl == null) {
            body.append("<code>").append(text(manifest.commit())).append("</code>");
        } else {
            body.append("<a href=\"").append(text(commitUrl)).append("\"><code>").append(text(manifest.commit()))
                    .append("</code></a>");
        }
        fact(body, "Branch", manifest.branch());
        fact(body, "Engine", manifest.engine());
        fact(body, "Created", manifest.createdAt() == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(manifest.createdAt()));
        fact(body, "Archive", archive);
        fact(body, "Review", review);
        body.append("</dd></dl></header>\n<h2>Migrations <span class=\"muted\">").append(manifest.files().size())
                .append("</span></h2>\n<ul class=\"files\">\n");
        for (ManifestEntry file : manifest.files()) {
            body.append("<li><code>").append(text(file.path())).append("</code> ")
                    .append(badge(file.type().name().equals("DML") ? "info" : "neutral", file.type().name()))
                    .append(" version ").append(text(file.version())).append(", ").append(file.size())
                    .append(" bytes<div class=\"muted\"><code>sha256 ").append(text(file.sha256()))
                    .append("</code></div></li>\n");
        }
        body.append("</ul>\n<h2>Deployments of this release</h2>\n");
        return body.append(DeploymentMatrixHtml.recordsBody(deployments)).toString();
    }

    private static void fact(StringBuilder body, String label, String value) {
        if (value != null && !value.isBlank()) {
            body.append("</dd><dt>").append(text(label)).append("</dt><dd>").append(text(value));
        }
    }

    /**
     * A web link to the commit for GitHub, GitLab, Bitbucket and Gitea style HTTPS URLs, or null (no link for
     * other schemes, so a {@code javascript:} URL in a manifest never becomes a link).
     */
    public static String commitUrl(String repositoryUrl, String commit) {
        if (repositoryUrl == null || commit == null || !repositoryUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return null;
        }
        String base = repositoryUrl.endsWith(".git") ? repositoryUrl.substring(0, repositoryUrl.length() - 4)
                : repositoryUrl;
        return base + "/commit/" + commit;
    }
}
