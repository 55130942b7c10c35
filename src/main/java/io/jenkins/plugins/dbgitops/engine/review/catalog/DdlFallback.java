package io.jenkins.plugins.dbgitops.engine.review.catalog;

import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows common DDL that JSqlParser 5.4 rejects, so the catalog does not lose track of the schema: first by
 * removing the clauses it cannot parse but that do not change the catalog ({@code NOT VALID}, {@code CONCURRENTLY},
 * {@code SET DATA TYPE} spelt {@code TYPE}, MySQL's {@code DROP FOREIGN KEY}) and parsing again; failing that, by
 * tokens: a created table is added with unknown columns, a dropped table removed, an altered table's columns become
 * unknown. Only statements JSqlParser rejected come here, so the extra parse is rare.
 */
public final class DdlFallback {
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("\\bNOT\\s+VALID\\b", ""),
            new Rewrite("\\b(DROP\\s+INDEX)\\s+CONCURRENTLY\\b", "$1"),
            new Rewrite("\\b(CREATE\\s+(?:UNIQUE\\s+)?INDEX)\\s+CONCURRENTLY\\b", "$1"),
            new Rewrite("\\bSET\\s+DATA\\s+TYPE\\b", "TYPE"),
            new Rewrite("\\bDROP\\s+FOREIGN\\s+KEY\\b", "DROP CONSTRAINT"),
            new Rewrite("\\b(ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?)ONLY\\s+", "$1"));
    private static final String NAME = "((?:[\\w$]+|\"[^\"]+\"|`[^`]+`)(?:\\.(?:[\\w$]+|\"[^\"]+\"|`[^`]+`))?)";
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|"
            + "LOCAL|TEMPORARY|TEMP|UNLOGGED|MATERIALIZED)\\s+)*(?:TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_TABLE = Pattern.compile("^DROP\\s+(?:TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+"
            + "(?:IF\\s+EXISTS\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);

    private final CatalogWalker walker;
    private final SqlParser parser;

    public DdlFallback(CatalogWalker walker, SqlParser parser) {
        this.walker = walker;
        this.parser = parser;
    }

    /**
     * Applies what can be understood of a statement JSqlParser rejected.
     *
     * @param text            the statement's text with comments removed (e.g. {@code StatementContext.normalized()})
     * @param original        the statement as written
     */
    public void apply(SqlStatement original, String text, String location, boolean createdInReview) {
        String rewritten = text;
        for (Rewrite rewrite : REWRITES) {
            rewritten = rewrite.pattern().matcher(rewritten).replaceAll(rewrite.replacement());
        }
        if (!rewritten.equals(text)) {
            ParsedStatement parsed = parser.parse(new SqlStatement(original.index(), rewritten, original.line(),
                    original.column(), original.startOffset(), original.endOffset(), ""));
            if (parsed.ast().isPresent()) {
                walker.apply(parsed.ast().get(), location, createdInReview);
                return;
            }
        }
        byTokens(text, location, createdInReview);
    }

    private void byTokens(String text, String location, boolean createdInReview) {
        MutableCatalog catalog = walker.catalog();
        Matcher create = CREATE_TABLE.matcher(text);
        if (create.find()) {
            String qualified = create.group(1).replace("\"", "").replace("`", "");
            int dot = qualified.indexOf('.');
            if (catalog.table(qualified).isEmpty()) {
                catalog.putWithUnknownColumns(new CatalogTable(dot < 0 ? "" : qualified.substring(0, dot),
                        qualified.substring(dot + 1), List.of(), List.of(), List.of(), createdInReview, location));
            }
            return;
        }
        Matcher drop = DROP_TABLE.matcher(text);
        if (drop.find()) {
            catalog.remove(drop.group(1));
            return;
        }
        Matcher alter = ALTER_TABLE.matcher(text);
        if (alter.find()) {
            catalog.markColumnsUnknown(alter.group(1));
        }
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
        }
    }
}
