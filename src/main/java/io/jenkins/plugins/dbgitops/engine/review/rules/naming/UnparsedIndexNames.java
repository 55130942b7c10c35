package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index names given by PostgreSQL statements JSqlParser does not parse, {@code ALTER INDEX old RENAME TO new} and
 * {@code ALTER TABLE t ADD CONSTRAINT name PRIMARY KEY | UNIQUE USING INDEX idx}; the table and the columns come from
 * the catalog, so a name is only known for an index the catalog has seen.
 */
final class UnparsedIndexNames {
    private static final Pattern ALTER_INDEX_RENAME = Pattern.compile(
            "(?is)\\s*ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+RENAME\\s+TO\\s+(\\S+)\\s*");
    private static final Pattern ADD_USING_INDEX = Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?(\\S+)\\s+ADD\\s+CONSTRAINT\\s+(\\S+)\\s+(PRIMARY\\s+KEY|UNIQUE)"
            + "\\s+USING\\s+INDEX\\s+(\\S+)\\s*");

    /** An index as named by the statement: its table (without schema), new name, columns and kind. */
    record NamedIndex(String table, String name, List<String> columns, Ddl.IndexKind kind) {
    }

    private UnparsedIndexNames() {
    }

    static Optional<NamedIndex> of(StatementContext statement) {
        Matcher rename = ALTER_INDEX_RENAME.matcher(statement.text());
        if (rename.matches()) {
            String oldName = bare(Ddl.unquote(rename.group(1)));
            String newName = bare(Ddl.unquote(rename.group(2)));
            for (CatalogTable table : statement.catalog().tables()) {
                Optional<CatalogIndex> index = find(table, oldName);
                if (index.isPresent()) {
                    return Optional.of(new NamedIndex(table.name(), newName, index.get().columns(),
                            kindOf(index.get())));
                }
            }
            return Optional.empty();
        }
        Matcher usingIndex = ADD_USING_INDEX.matcher(statement.text());
        if (usingIndex.matches()) {
            String table = Ddl.unquote(usingIndex.group(1));
            Ddl.IndexKind kind = usingIndex.group(3).toUpperCase(Locale.ROOT).startsWith("PRIMARY")
                    ? Ddl.IndexKind.PRIMARY : Ddl.IndexKind.UNIQUE;
            String constraint = Ddl.unquote(usingIndex.group(2));
            return statement.catalog().table(table)
                    .flatMap(catalogTable -> find(catalogTable, Ddl.unquote(usingIndex.group(4))))
                    .map(index -> new NamedIndex(bare(table), constraint, index.columns(), kind));
        }
        return Optional.empty();
    }

    static Optional<CatalogIndex> find(CatalogTable table, String name) {
        return table.indexes().stream().filter(index -> name.equalsIgnoreCase(index.name())).findFirst();
    }

    static Ddl.IndexKind kindOf(CatalogIndex index) {
        return index.primaryKey() ? Ddl.IndexKind.PRIMARY : index.unique() ? Ddl.IndexKind.UNIQUE : Ddl.IndexKind.PLAIN;
    }

    private static String bare(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
