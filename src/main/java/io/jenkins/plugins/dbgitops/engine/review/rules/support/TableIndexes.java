package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The indexes, keys and unique constraints a statement creates, and those its table already has in the catalog, for
 * the rules that compare them (duplicates, redundant prefixes, counts, key column types).
 */
public final class TableIndexes {
    private static final Pattern PLAIN_COLUMN = Pattern.compile(
            "^([\\w$\"`]+)(\\s*\\(\\s*\\d+\\s*\\))?(\\s+(ASC|DESC))?$", Pattern.CASE_INSENSITIVE);

    private TableIndexes() {
    }

    /**
     * An index or key a statement creates.
     *
     * @param table   the table's name as written (schema-qualified if it was), for catalog look-ups
     * @param name    the index name, or empty
     * @param columns the indexed columns (prefix lengths and sort orders removed) or expressions
     * @param kind    primary, unique, foreign or plain
     * @param index   JSqlParser's node, for index options
     */
    public record NewIndex(String table, String name, List<String> columns, Ddl.IndexKind kind, Index index) {
        public String tableName() {
            int dot = table.lastIndexOf('.');
            return Ddl.unquote(dot < 0 ? table : table.substring(dot + 1));
        }
    }

    /** The keys and indexes a {@code CREATE TABLE}, {@code ALTER TABLE ... ADD} or {@code CREATE INDEX} defines. */
    public static List<NewIndex> created(Statement ast) {
        List<NewIndex> result = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            String table = create.getTable().getFullyQualifiedName();
            for (ColumnDefinition column : Ddl.columns(create)) {
                String specs = Ddl.specs(column);
                List<String> columns = List.of(Ddl.unquote(column.getColumnName()));
                if (specs.contains(" PRIMARY KEY ")) {
                    result.add(new NewIndex(table, "", columns, Ddl.IndexKind.PRIMARY, null));
                } else if (specs.contains(" UNIQUE ")) {
                    result.add(new NewIndex(table, "", columns, Ddl.IndexKind.UNIQUE, null));
                }
            }
            Ddl.indexes(create).forEach(index -> add(result, table, index));
        } else if (ast instanceof Alter alter) {
            String table = alter.getTable().getFullyQualifiedName();
            Ddl.addedIndexes(alter).forEach(index -> add(result, table, index));
        } else if (ast instanceof CreateIndex create) {
            add(result, create.getTable().getFullyQualifiedName(), create.getIndex());
        }
        return result;
    }

    private static void add(List<NewIndex> result, String table, Index index) {
        Ddl.IndexKind kind = Ddl.kind(index);
        if (kind != Ddl.IndexKind.CHECK) {
            result.add(new NewIndex(table, Ddl.name(index), Ddl.columnNames(index).stream().map(TableIndexes::column)
                    .toList(), kind, index));
        }
    }

    /** An index column without prefix length or sort order, e.g. {@code name} for {@code name(10) DESC}. */
    public static String column(String indexed) {
        Matcher matcher = PLAIN_COLUMN.matcher(indexed.trim());
        return matcher.matches() ? Ddl.unquote(matcher.group(1)) : indexed.trim();
    }

    /** The indexes the table has before the statement; none for a table the statement itself creates. */
    public static List<CatalogIndex> existing(StatementContext statement, String table) {
        if (statement.ast(CreateTable.class).isPresent()) {
            return List.of();
        }
        return statement.catalog().table(table).map(CatalogTable::indexes).orElse(List.of()).stream()
                .map(index -> new CatalogIndex(index.name(), index.columns().stream().map(TableIndexes::column).toList(),
                        index.unique(), index.primaryKey()))
                .toList();
    }

    /** The type of a column: from the statement's own definitions first, then from the catalog; empty if unknown. */
    public static Optional<String> columnType(StatementContext statement, String table, String column) {
        if (statement.ast().isPresent()) {
            for (Ddl.DefinedColumn defined : Ddl.definedColumns(statement.ast().get())) {
                if (defined.name().equalsIgnoreCase(column) && defined.complete()) {
                    return Optional.of(defined.type());
                }
            }
        }
        return statement.catalog().table(table).flatMap(known -> known.column(column)).map(CatalogColumn::type);
    }

    /** Whether two column lists are equal, ignoring case. */
    public static boolean sameColumns(List<String> a, List<String> b) {
        return a.size() == b.size() && lower(a).equals(lower(b));
    }

    /** Whether {@code prefix} is a strict leftmost prefix of {@code columns}, ignoring case. */
    public static boolean strictPrefix(List<String> prefix, List<String> columns) {
        return !prefix.isEmpty() && prefix.size() < columns.size() && lower(columns.subList(0, prefix.size())).equals(lower(prefix));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
