package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The access method of an index: the {@code USING} clause (PostgreSQL's access method, MySQL's BTREE or HASH,
 * wherever JSqlParser put it), MySQL's FULLTEXT or SPATIAL kind, or BTREE, both engines' default.
 */
public final class IndexMethods {
    private static final Pattern USING = Pattern.compile(" USING (\\w+)");

    private IndexMethods() {
    }

    /** The method of an index the statement defines, upper case: USING's, FULLTEXT or SPATIAL, else BTREE. */
    public static String of(StatementContext statement, Index index) {
        String kind = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        if (kind.contains("FULLTEXT") || kind.contains("SPATIAL")) {
            return kind.contains("FULLTEXT") ? "FULLTEXT" : "SPATIAL";
        }
        if (index.getUsing() != null) {
            return index.getUsing().toUpperCase(Locale.ROOT);
        }
        List<String> spec = index.getIndexSpec();
        if (spec != null) {
            for (int i = 0; i < spec.size() - 1; i++) {
                if (spec.get(i).equalsIgnoreCase("USING")) {
                    return spec.get(i + 1).toUpperCase(Locale.ROOT);
                }
            }
        }
        if (statement.ast(CreateIndex.class).isPresent()) {
            Matcher matcher = USING.matcher(statement.normalized());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "BTREE";
    }
}
