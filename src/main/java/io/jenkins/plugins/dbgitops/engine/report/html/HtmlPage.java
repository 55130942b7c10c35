package io.jenkins.plugins.dbgitops.engine.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One self-contained HTML page: inline CSS only (no script, font, image or other request), every text escaped
 * through {@link #text}, a layout that fits a 390 px phone and a wide screen, and a print style. The review report
 * and the deployment matrix are both built on it, so they look alike, and the Jenkins build pages show the same
 * {@link #fragment}s, style included.
 */
public final class HtmlPage {
    /** Where the rules are documented; a finding links to its rule's section. */
    public static final String RULES_DOC = "https://github.com/jenkinsci/database-gitops-plugin/blob/main/docs/rules.md";

    /** The CSS, scoped to {@value #SCOPE}: one file for the standalone pages and the Jenkins build pages. */
    private static final String STYLE = readStyle();
    /** The class of the element that holds a report, whose style {@code report.css} scopes. */
    public static final String SCOPE = "dbgitops-report";

    private HtmlPage() {
    }

    /**
     * A whole document: doctype, charset, viewport, a Content-Security-Policy, then {@link #fragment} of
     * {@code body} (already escaped markup), so the standalone page and the Jenkins build page show the same markup.
     */
    public static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + text(title) + "</title>\n</head>\n<body>\n" + fragment(body) + "</body>\n</html>\n";
    }

    /**
     * {@code body} (already escaped markup) in an element that takes the reports' style, with that style (scoped to
     * {@value #SCOPE}) as its first child: what a Jenkins build page outputs with {@code j:out} inside its own
     * layout. No script: Jenkins' Content-Security-Policy allows inline styles but no inline script.
     */
    public static String fragment(String body) {
        return "<div class=\"" + SCOPE + "\">\n<style>\n" + STYLE + "</style>\n" + body + "</div>\n";
    }

    /** The reports' CSS, {@code report.css} beside this class. */
    public static String style() {
        return STYLE;
    }

    private static String readStyle() {
        try (InputStream css = HtmlPage.class.getResourceAsStream("report.css")) {
            if (css == null) {
                throw new IllegalStateException("report.css is missing beside " + HtmlPage.class.getName());
            }
            String style = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            if (style.contains("</")) { // it is written raw into a <style> element, which "</" would end
                throw new IllegalStateException("report.css must not contain \"</\"");
            }
            return style;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Escapes text for an element's content or a quoted attribute value, in HTML or XML (the JUnit report too); the
     * control characters XML 1.0 does not allow are dropped.
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coloured status word. */
    public static String badge(String tone, String label) {
        return "<span class=\"badge " + tone + "\">" + text(label) + "</span>";
    }

    /** The link to a rule's section of {@code docs/rules.md}, with GitHub's anchor (dots dropped). */
    public static String ruleLink(String ruleId) {
        return RULES_DOC + "#" + ruleId.replace(".", "");
    }

    /** A milliseconds duration as people read it: {@code 850 ms}, {@code 2.4 s}, {@code 3 min 5 s}. */
    public static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return millis / 60_000 + " min " + millis % 60_000 / 1000 + " s";
    }
}
