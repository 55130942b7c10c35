package io.jenkins.plugins.dbgitops.engine.vcs;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds API addresses from a root and path segments, encoding each segment (project names may hold spaces). */
final class UriPaths {
    private UriPaths() {
    }

    /** Encodes one path segment; a {@code /} inside it is encoded too (GitLab's project ids need that). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Joins the root with an already-encoded path and query, e.g. {@code "/repos/o/r/statuses/abc"}. */
    static URI join(URI root, String encodedPathAndQuery) {
        String base = root.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + encodedPathAndQuery);
    }

    /** Encodes each part of a slash-separated name, keeping the slashes: {@code owner/repo}. */
    static String path(String slashSeparated) {
        StringBuilder out = new StringBuilder();
        for (String part : slashSeparated.split("/")) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment(part));
        }
        return out.toString();
    }
}
