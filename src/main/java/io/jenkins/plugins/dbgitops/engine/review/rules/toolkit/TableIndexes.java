package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The indexes, keys and unique constraints a statement creates, and those its table already has in the catalog, for
 * the rules that compare them (duplicates, redundant prefixes, counts, key column types).
 */
public final class TableIndexes {
    /**
     * The syntax-tree types {@link #created} finds indexes in; a rule that only judges created indexes may declare
     * these as its statement types.
     */
    public static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(CreateTable.class, Alter.class,
            CreateIndex.class);

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
     * @param index   JSqlParser's node, for index options; null for an inline column constraint
     * @param ordinal for an unnamed index, how many unnamed ones before it in the statement start with the same column
     */
    public record NewIndex(String table, String name, List<String> columns, Ddl.IndexKind kind, Index index,
            int ordinal) {
        public String tableName() {
            int dot = table.lastIndexOf('.');
            return Ddl.unquote(dot < 0 ? table : table.substring(dot + 1));
        }
    }

    /** Found once per statement: eight rules compare the same new indexes. */
    private static final StatementContext.Fact<List<NewIndex>> CREATED = StatementContext.Fact.of(
            statement -> statement.ast().map(TableIndexes::created).orElse(List.of()));

    /** The keys and indexes the statement defines (see {@link #created(Statement)}), found once per statement. */
    public static List<NewIndex> created(StatementContext statement) {
        return statement.fact(CREATED);
    }

    /** The keys and indexes a {@code CREATE TABLE}, {@code ALTER TABLE ... ADD} or {@code CREATE INDEX} defines. */
    public static List<NewIndex> created(Statement ast) {
        List<NewIndex> result = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            String table = create.getTable().getFullyQualifiedName();
            inlineKeys(result, table, create);
            Ddl.indexes(create).forEach(index -> add(result, table, index));
        } else if (ast instanceof Alter alter) {
            String table = alter.getTable().getFullyQualifiedName();
            inlineKeys(result, table, alter);
            Ddl.addedIndexes(alter).forEach(index -> add(result, table, index));
        } else if (ast instanceof CreateIndex create) {
            add(result, create.getTable().getFullyQualifiedName(), create.getIndex());
        }
        return Collections.unmodifiableList(result);
    }

    /** Inline {@code PRIMARY KEY} and {@code UNIQUE} of the statement's column definitions. */
    private static void inlineKeys(List<NewIndex> result, String table, Statement ast) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) { // specs read once per statement, not per rule
            String specs = column.specs();
            if (specs.contains(" PRIMARY KEY ")) {
                result.add(new NewIndex(table, "", List.of(column.name()), Ddl.IndexKind.PRIMARY, null, 0));
            } else if (specs.contains(" UNIQUE ")) {
                result.add(new NewIndex(table, "", List.of(column.name()), Ddl.IndexKind.UNIQUE, null, 0));
            }
        }
    }

    private static void add(List<NewIndex> result, String table, Index index) {
        Ddl.IndexKind kind = Ddl.kind(index);
        if (kind != Ddl.IndexKind.CHECK) {
            String name = Ddl.name(index);
            List<String> names = Ddl.columnNames(index);
            List<String> columns = new ArrayList<>(names.size());
            for (String indexed : names) {
                columns.add(column(indexed));
            }
            int ordinal = 0;
            if (name.isEmpty() && !columns.isEmpty()) {
                for (NewIndex other : result) {
                    if (other.index() != null && other.name().isEmpty() && !other.columns().isEmpty()
                            && other.columns().get(0).equalsIgnoreCase(columns.get(0))) {
                        ordinal++;
                    }
                }
            }
            result.add(new NewIndex(table, name, Collections.unmodifiableList(columns), kind, index, ordinal));
        }
    }

    /**
     * Where the index is defined in the statement's text: at its name, at its column for an inline constraint, or
     * at the {@code INDEX}, {@code KEY} or {@code UNIQUE} keyword before its column list when it is unnamed.
     */
    public static int offset(StatementContext statement, NewIndex index) {
        String text = statement.text();
        if (!index.name().isEmpty()) {
            return NameOffsets.offsetOf(text, index.name(), 0, 0);
        }
        if (index.columns().isEmpty()) {
            return 0;
        }
        if (index.index() == null) {
            return NameOffsets.columnOffset(text, index.tableName(), index.columns().get(0));
        }
        String column = index.columns().get(0);
        int skip = index.ordinal();
        int from = 0;
        while (true) {
            int at = NameOffsets.offsetOf(text, column, from, -1);
            if (at < 0) {
                return 0;
            }
            int keyword = keywordBefore(text, at);
            if (keyword >= 0 && skip-- == 0) {
                return keyword;
            }
            from = at + column.length();
        }
    }

    /** The start of {@code INDEX}, {@code KEY} or {@code UNIQUE} right before {@code (} and the column at, or -1. */
    private static int keywordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '(') {
            return -1;
        }
        i--;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, end).toUpperCase(Locale.ROOT);
        return word.equals("INDEX") || word.equals("KEY") || word.equals("UNIQUE") ? i + 1 : -1;
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
        // several rules ask for the same table's indexes, each a regex per indexed column: read once per statement
        return statement.fact(EXISTING).computeIfAbsent(table, name -> read(statement, name));
    }

    /** The tables' existing indexes, by the table name a rule asked with; filled per statement as rules ask. */
    private static final StatementContext.Fact<Map<String, List<CatalogIndex>>> EXISTING = StatementContext.Fact.of(
            statement -> new HashMap<>());

    private static List<CatalogIndex> read(StatementContext statement, String table) {
        return statement.catalog().table(table).map(CatalogTable::indexes).orElse(List.of()).stream()
                .map(index -> new CatalogIndex(index.name(), index.columns().stream().map(TableIndexes::column).toList(),
                        index.unique(), index.primaryKey()))
                .toList();
    }

    /** The type of a column: from the statement's own definitions first, then from the catalog; empty if unknown. */
    public static Optional<String> columnType(StatementContext statement, String table, String column) {
        if (statement.ast().isPresent()) {
            for (DefinedColumn defined : Ddl.definedColumns(statement.ast().get())) {
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
