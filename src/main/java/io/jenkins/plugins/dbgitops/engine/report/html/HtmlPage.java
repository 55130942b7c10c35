package io.jenkins.plugins.dbgitops.engine.report.html;

/**
 * One self-contained HTML page: inline CSS only (no script, font, image or other request), every text escaped
 * through {@link #text}, a layout that fits a 390 px phone and a wide screen, and a print style. The review report
 * and the deployment matrix are both built on it, so they look alike and the Jenkins glue can embed either body.
 */
public final class HtmlPage {
    /** Where the rules are documented; a finding links to its rule's section. */
    public static final String RULES_DOC = "https://github.com/jenkinsci/database-gitops-plugin/blob/main/docs/rules.md";

    private static final String STYLE = """
            :root{--ok:#1a7f37;--ok-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;\
            --info:#0969da;--info-bg:#ddf4ff;--muted:#57606a;--line:#d0d7de;--code:#f6f8fa}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;\
            background:#fff;overflow-wrap:anywhere}
            main{max-width:1200px;margin:0 auto;padding:16px}
            h1{font-size:1.5em;margin:.2em 0 .4em}h2{font-size:1.2em;margin:1.4em 0 .5em;border-bottom:1px solid \
            var(--line);padding-bottom:.2em}h3{font-size:1em;margin:1em 0 .4em}
            code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            a{color:var(--info)}
            .muted{color:var(--muted)}
            .badge{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.85em;font-weight:600;\
            white-space:nowrap;border:1px solid currentColor}
            .ok{color:var(--ok);background:var(--ok-bg)}.bad{color:var(--bad);background:var(--bad-bg)}
            .warn{color:var(--warn);background:var(--warn-bg)}.info{color:var(--info);background:var(--info-bg)}
            .neutral{color:var(--muted);background:var(--code)}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(105px,1fr));gap:8px;margin:.5em 0}
            .card{border:1px solid var(--line);border-radius:6px;padding:8px 10px;min-width:0}
            .card b{display:block;font-size:1.4em}
            .finding,.target{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;\
            padding:8px 12px;margin:8px 0;min-width:0}
            .finding.error,.target.bad{border-left-color:var(--bad)}.finding.warning,.target.warn{border-left-color:\
            var(--warn)}.target.ok{border-left-color:var(--ok)}.target.neutral{border-left-color:var(--muted)}
            .excerpt{background:var(--code);border-radius:6px;overflow-x:auto;margin:6px 0;padding:6px 0}
            .excerpt pre{margin:0}.excerpt span{display:block;padding:0 10px;white-space:pre}
            .excerpt .hit{background:var(--bad-bg)}.excerpt span.no{display:inline;padding:0;color:var(--muted);\
            user-select:none}
            .matrix{display:grid;grid-template-columns:minmax(0,1fr);gap:12px}
            .env{border:1px solid var(--line);border-radius:8px;padding:10px 12px;min-width:0}
            .env>header{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:baseline}
            .env>header h3{margin:0}
            .targets{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,260px),1fr));gap:8px;\
            margin-top:8px;align-items:start}
            .target{margin:0}.target.ok,.target.bad,.target.warn,.target.info,.target.neutral{color:inherit;\
            background:#fff}.target.info{border-left-color:var(--info)}
            details summary{cursor:pointer;color:var(--muted)}
            .target .name{font-weight:600}
            .error-text{color:var(--bad);background:var(--bad-bg);border-radius:4px;padding:4px 6px;margin:4px 0;\
            white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace}
            dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:0 10px;margin:4px 0}
            dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
            ul.files{margin:4px 0;padding-left:18px;font-size:.9em}
            footer{margin-top:2em;color:var(--muted);font-size:.85em}
            @media (min-width:900px){.matrix{grid-template-columns:minmax(0,1fr)}}
            @media print{main{max-width:none;padding:0}a{color:inherit;text-decoration:none}\
            .finding,.target,.env,.card{break-inside:avoid}.excerpt{overflow:visible}\
            .excerpt span{white-space:pre-wrap}body{font-size:11pt}}
            """;

    private HtmlPage() {
    }

    /** A whole document: doctype, charset, viewport, the style, then {@code body} (already escaped markup). */
    public static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + text(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** The page's CSS, for a page that embeds a body fragment ({@code DeploymentMatrixHtml.recordsBody}, ...). */
    public static String style() {
        return STYLE;
    }

    /** Escapes text for an element's content or a quoted attribute value. */
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
                default -> out.append(c);
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
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return millis / 60_000 + " min " + millis % 60_000 / 1000 + " s";
    }
}
