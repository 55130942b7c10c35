package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Read-only views of JSqlParser DDL nodes that many structural rules share: the columns and indexes a
 * {@code CREATE TABLE} or an {@code ALTER TABLE} defines, in a form that hides JSqlParser's nulls and quoting.
 */
public final class Ddl {
    /**
     * The syntax-tree types {@link #definedColumns} finds columns in; a rule that only judges defined columns may
     * declare these as its statement types.
     */
    public static final List<Class<? extends Statement>> COLUMN_DEFINING_TYPES = List.of(CreateTable.class,
            Alter.class);
    private static final Set<String> FIXED_CHAR = Set.of("char", "character", "nchar", "national char",
            "national character", "bpchar");
    private static final Set<String> VARCHAR = Set.of("varchar", "character varying", "nvarchar", "national varchar",
            "national character varying", "varchar2");
    private static final Set<String> INTEGER = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "int2", "int4", "int8", "serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");
    private static final Set<String> MYSQL_LOB = Set.of("blob", "tinyblob", "mediumblob", "longblob", "text",
            "tinytext", "mediumtext", "longtext", "json", "geometry", "point", "linestring", "polygon", "long",
            "long varchar", "long varbinary");
    private static final Pattern SIGNEDNESS = Pattern.compile("\\s+(unsigned|signed|zerofill)\\b");
    private static final Pattern KEY_WORD = Pattern.compile("^(?i)(KEY|INDEX)\\s+");

    private Ddl() {
    }

    /** What kind of key or index a definition declares. */
    public enum IndexKind {
        PRIMARY,
        UNIQUE,
        FOREIGN,
        CHECK,
        PLAIN
    }

    public static List<ColumnDefinition> columns(CreateTable create) {
        return create.getColumnDefinitions() == null ? List.of() : create.getColumnDefinitions();
    }

    public static List<Index> indexes(CreateTable create) {
        return create.getIndexes() == null ? List.of() : create.getIndexes();
    }

    public static List<AlterExpression> expressions(Alter alter) {
        return alter.getAlterExpressions() == null ? List.of() : alter.getAlterExpressions();
    }

    /** Columns an {@code ALTER TABLE} adds ({@code ADD [COLUMN]}). */
    public static List<AlterExpression.ColumnDataType> addedColumns(Alter alter) {
        return columnsOf(alter, AlterOperation.ADD);
    }

    private static List<AlterExpression.ColumnDataType> columnsOf(Alter alter, AlterOperation wanted) {
        List<AlterExpression.ColumnDataType> result = new ArrayList<>();
        for (AlterExpression expression : expressions(alter)) {
            if (expression.getOperation() == wanted && expression.getColDataTypeList() != null) {
                result.addAll(expression.getColDataTypeList());
            }
        }
        return result;
    }

    /** The column an {@code ALTER TABLE ... DROP [COLUMN] c} clause drops, or null for other clauses. */
    public static String droppedColumn(AlterExpression expression) {
        return expression.getOperation() == AlterOperation.DROP && expression.getColumnName() != null
                && expression.getIndex() == null ? unquote(expression.getColumnName()) : null;
    }

    /** Indexes and constraints an {@code ALTER TABLE} adds. */
    public static List<Index> addedIndexes(Alter alter) {
        List<Index> result = new ArrayList<>();
        for (AlterExpression expression : expressions(alter)) {
            if (expression.getOperation() == AlterOperation.ADD && expression.getIndex() != null) {
                result.add(expression.getIndex());
            }
        }
        return result;
    }

    public static IndexKind kind(Index index) {
        if (index instanceof ForeignKeyIndex) {
            return IndexKind.FOREIGN;
        }
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        if (type.contains("PRIMARY")) {
            return IndexKind.PRIMARY;
        }
        if (type.contains("UNIQUE")) {
            return IndexKind.UNIQUE;
        }
        if (type.contains("CHECK") || index.getClass().getSimpleName().equals("CheckConstraint")) {
            return IndexKind.CHECK;
        }
        return IndexKind.PLAIN;
    }

    /**
     * The index or constraint name without quotes, or empty when unnamed. JSqlParser 5.4 keeps MySQL's index name in
     * {@code UNIQUE KEY uk (a)}, {@code PRIMARY KEY pk (a)} and {@code FOREIGN KEY fk (a)} only in the node's text, so
     * it is read from there; an index name written after the type wins over a {@code CONSTRAINT} name, as in MySQL.
     */
    public static String name(Index index) {
        String type = index.getType();
        if (type != null && !type.isEmpty()) {
            String text = index.toString();
            int at = text.toUpperCase(Locale.ROOT).indexOf(type.toUpperCase(Locale.ROOT));
            if (at >= 0) {
                String rest = KEY_WORD.matcher(text.substring(at + type.length()).trim()).replaceFirst("");
                int paren = rest.indexOf('(');
                String candidate = paren > 0 ? rest.substring(0, paren).trim() : "";
                if (!candidate.isEmpty() && candidate.indexOf(' ') < 0) {
                    return unquote(candidate);
                }
            }
        }
        return index.getName() == null ? "" : unquote(index.getName());
    }

    /** Indexed column names without quotes; expressions as written. */
    public static List<String> columnNames(Index index) {
        List<String> names = index.getColumnsNames();
        if (names == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>(names.size()); // a loop, not a stream: called per index and rule
        for (String name : names) {
            result.add(unquote(name));
        }
        return Collections.unmodifiableList(result);
    }

    /** The words of a column definition after its type, as {@link ColumnDefinitions#keywordText} gives them. */
    public static String specs(List<String> specs) {
        return ColumnDefinitions.keywordText(specs == null ? List.of() : specs);
    }

    public static String specs(ColumnDefinition column) {
        return specs(column.getColumnSpecs());
    }

    /** The base type name in lower case without arguments, e.g. {@code varchar} for {@code VARCHAR (20)}. */
    public static String baseType(String type) {
        String lower = type.toLowerCase(Locale.ROOT).trim();
        int paren = lower.indexOf('(');
        String base = paren < 0 ? lower : lower.substring(0, paren).trim();
        base = SIGNEDNESS.matcher(base).replaceAll("");
        return base.replace("\"", "").replace("`", "").trim();
    }

    /** {@code char(n)} and its spellings, not {@code varchar}. */
    public static boolean isFixedChar(String baseType) {
        return FIXED_CHAR.contains(baseType);
    }

    /** {@code varchar(n)} and its spellings. */
    public static boolean isVarchar(String baseType) {
        return VARCHAR.contains(baseType);
    }

    /** Integer types of either engine, without arguments. */
    public static boolean isInteger(String baseType) {
        return INTEGER.contains(baseType);
    }

    /** MySQL's large-object types, which cannot take a literal default nor a full-length index. */
    public static boolean isMySqlLob(String baseType) {
        return MYSQL_LOB.contains(baseType);
    }

    /** Columns named by a table-level {@code PRIMARY KEY (...)} or an inline {@code PRIMARY KEY}, in lower case. */
    public static Set<String> primaryKeyColumns(CreateTable create) {
        definedColumns(create);
        DefinedColumnsMemo memo = DefinedColumnsMemo.LAST.get(); // three rules ask for the same statement's keys
        if (memo.primaryKey == null) {
            memo.primaryKey = Collections.unmodifiableSet(findPrimaryKeyColumns(create));
        }
        return memo.primaryKey;
    }

    private static Set<String> findPrimaryKeyColumns(CreateTable create) {
        Set<String> result = new HashSet<>();
        for (DefinedColumn column : definedColumns(create)) { // their specs are read once per statement
            if (column.specs().contains(" PRIMARY KEY ")) {
                result.add(column.name().toLowerCase(Locale.ROOT));
            }
        }
        for (Index index : indexes(create)) {
            if (kind(index) == IndexKind.PRIMARY) {
                columnNames(index).forEach(name -> result.add(name.toLowerCase(Locale.ROOT)));
            }
        }
        return result;
    }

    /** A type as Bytebase prints it: lower case, no space before the arguments, e.g. {@code varchar(5)}. */
    public static String displayType(String type) {
        return type.toLowerCase(Locale.ROOT).replace(" (", "(").replace(", ", ",").trim();
    }

    /** The first numeric argument of a type such as {@code varchar(255)}, or -1. */
    public static long typeLength(String type) {
        int open = type.indexOf('(');
        int close = type.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        String argument = type.substring(open + 1, close).split(",")[0].trim();
        try {
            return Long.parseLong(argument);
        } catch (NumberFormatException notNumeric) {
            return -1;
        }
    }

    /**
     * A column definition a statement writes, with its table: the table's name without quotes, the column as
     * JSqlParser read it, and the operation: null in {@code CREATE TABLE}; {@code ADD}, {@code MODIFY} or
     * {@code CHANGE} in ALTER TABLE, or {@code ALTER} for PostgreSQL's {@code ALTER COLUMN ... TYPE}, which sets only
     * the type.
     */
    public static final class DefinedColumn {
        private final String table;
        private final ColumnDefinition definition;
        private final AlterOperation operation;
        private final String oldName;
        // derived strings, computed on first use: a dozen rules read them for every column of the same statement
        private String name;
        private String type;
        private List<String> specWords;
        private String specs;
        private String baseType;
        private CatalogColumn catalogColumn;
        private String offsetText;
        private int offset;

        public DefinedColumn(String table, ColumnDefinition definition, AlterOperation operation) {
            this(table, definition, operation, null);
        }

        /** A column of an ALTER TABLE clause; {@code oldName} as the clause writes it (MySQL's CHANGE), or null. */
        public DefinedColumn(String table, ColumnDefinition definition, AlterOperation operation, String oldName) {
            this.table = table;
            this.definition = definition;
            this.operation = operation;
            this.oldName = oldName;
        }

        public String table() {
            return table;
        }

        public ColumnDefinition definition() {
            return definition;
        }

        public AlterOperation operation() {
            return operation;
        }

        /** The clause's old column name as written (quotes kept), e.g. of MySQL's CHANGE; null when none. */
        public String oldName() {
            return oldName;
        }

        public String name() {
            if (name == null) {
                name = unquote(definition.getColumnName());
            }
            return name;
        }

        public String type() {
            if (type == null) {
                type = definition.getColDataType() == null ? "" : definition.getColDataType().toString();
            }
            return type;
        }

        /**
         * The words after the type as JSqlParser gives them; read once, since JSqlParser 5.4 rebuilds the list (and
         * prints each DEFAULT expression) on every {@code getColumnSpecs()} call.
         */
        public List<String> specWords() {
            if (specWords == null) {
                List<String> words = definition.getColumnSpecs();
                specWords = words == null ? List.of() : Collections.unmodifiableList(words);
            }
            return specWords;
        }

        /** The upper-cased words after the type, padded with spaces, for {@code contains(" NOT NULL ")} tests. */
        public String specs() {
            if (specs == null) {
                specs = Ddl.specs(specWords());
            }
            return specs;
        }

        /** The column as the catalog reads it (nullability, default, auto-increment, comment); read once. */
        public CatalogColumn catalogColumn() {
            if (catalogColumn == null) {
                catalogColumn = ColumnDefinitions.toColumn(definition, specWords());
            }
            return catalogColumn;
        }

        /** {@link Ddl#columnOffset} of this column in the statement's text; found once, as most rules report at it. */
        public int offsetIn(String text) {
            if (offsetText != text) {
                offset = columnOffset(text, table, name());
                offsetText = text;
            }
            return offset;
        }

        /** Whether this is a full definition (not PostgreSQL's {@code ALTER COLUMN ... TYPE}). */
        public boolean complete() {
            return operation != AlterOperation.ALTER;
        }

        public String baseType() {
            if (baseType == null) {
                baseType = Ddl.baseType(type());
            }
            return baseType;
        }
    }

    /**
     * The column definitions of a {@code CREATE TABLE} or an {@code ALTER TABLE ... ADD/MODIFY/CHANGE}, and the
     * types PostgreSQL's {@code ALTER COLUMN ... TYPE} sets (see {@link DefinedColumn#complete()}).
     */
    public static List<DefinedColumn> definedColumns(Statement ast) {
        DefinedColumnsMemo memo = DefinedColumnsMemo.LAST.get();
        if (memo.ast.get() != ast) {
            memo.ast = new WeakReference<>(ast);
            memo.columns = findDefinedColumns(ast);
            memo.primaryKey = null;
        }
        return memo.columns;
    }

    /**
     * The columns (and primary-key columns) of the last statement asked about on this thread: rules run one after
     * another on the same statement, and a dozen ask for its columns. The tree is held weakly so a pooled thread does not keep it alive.
     */
    private static final class DefinedColumnsMemo {
        static final ThreadLocal<DefinedColumnsMemo> LAST = ThreadLocal.withInitial(DefinedColumnsMemo::new);
        private WeakReference<Statement> ast = new WeakReference<>(null);
        private List<DefinedColumn> columns = List.of();
        private Set<String> primaryKey;
    }

    private static List<DefinedColumn> findDefinedColumns(Statement ast) {
        List<DefinedColumn> result = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            String table = tableName(create.getTable());
            columns(create).forEach(column -> result.add(new DefinedColumn(table, column, null)));
        } else if (ast instanceof Alter alter) {
            String table = tableName(alter.getTable());
            for (AlterExpression expression : expressions(alter)) {
                AlterOperation operation = expression.getOperation();
                if ((operation == AlterOperation.ADD || operation == AlterOperation.MODIFY
                        || operation == AlterOperation.CHANGE || operation == AlterOperation.ALTER)
                        && expression.getColDataTypeList() != null) {
                    for (ColumnDefinition column : expression.getColDataTypeList()) {
                        result.add(new DefinedColumn(table, column, operation, expression.getColumnOldName()));
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** A column a statement names, with its table. */
    public record TableColumn(String table, String column) {
    }

    /** Table names a statement introduces: {@code CREATE TABLE}, {@code ALTER TABLE ... RENAME TO}, {@code RENAME TABLE}. */
    public static List<String> introducedTables(Statement ast) {
        List<String> names = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            names.add(tableName(create.getTable()));
        } else if (ast instanceof Alter alter) {
            for (AlterExpression expression : expressions(alter)) {
                if (expression.getOperation() == AlterOperation.RENAME_TABLE && expression.getNewTableName() != null) {
                    names.add(lastPart(expression.getNewTableName()));
                }
            }
        } else if (ast instanceof RenameTableStatement rename) {
            rename.getTableNames().forEach(entry -> names.add(tableName(entry.getValue())));
        }
        return names;
    }

    /**
     * Column names a statement introduces: the columns of {@code CREATE TABLE}, {@code ADD COLUMN}, the new name of
     * MySQL's {@code CHANGE} and of {@code RENAME COLUMN}.
     */
    public static List<TableColumn> introducedColumns(Statement ast) {
        List<TableColumn> columns = new ArrayList<>();
        if (ast instanceof CreateTable create) {
            String table = tableName(create.getTable());
            columns(create).forEach(column -> columns.add(new TableColumn(table, unquote(column.getColumnName()))));
        } else if (ast instanceof Alter alter) {
            String table = tableName(alter.getTable());
            for (AlterExpression expression : expressions(alter)) {
                AlterOperation operation = expression.getOperation();
                if ((operation == AlterOperation.ADD || operation == AlterOperation.CHANGE)
                        && expression.getColDataTypeList() != null) {
                    expression.getColDataTypeList().forEach(column ->
                            columns.add(new TableColumn(table, unquote(column.getColumnName()))));
                } else if (operation == AlterOperation.RENAME && expression.getColumnOldName() != null
                        && expression.getColumnName() != null) {
                    columns.add(new TableColumn(table, unquote(expression.getColumnName())));
                }
            }
        }
        return columns;
    }

    private static String lastPart(String name) {
        int dot = name.lastIndexOf('.');
        return unquote(dot < 0 ? name : name.substring(dot + 1));
    }

    public static String tableName(Table table) {
        return unquote(table.getName());
    }

    public static String unquote(String identifier) {
        return ColumnDefinitions.unquote(identifier == null ? null : identifier.trim());
    }

    /**
     * The offset of {@code word} as a whole identifier in {@code text} (quoted or not, any case) at or after
     * {@code from}, or {@code fallback} when it is not there; used to point findings at the object they name.
     */
    public static int offsetOf(String text, String word, int from, int fallback) {
        if (word == null || word.isEmpty()) {
            return fallback;
        }
        int found = OffsetMemo.LAST.get().offsetOf(text, word, Math.max(0, from));
        return found < 0 ? fallback : found;
    }

    /** The search behind {@link #offsetOf}: the offset, or -1. */
    private static int search(String text, String word, int from) {
        int length = word.length();
        // a cheap test of the first character before the case-insensitive compare, which was 2% of a review
        char upper = Character.toUpperCase(word.charAt(0));
        char lower = Character.toLowerCase(word.charAt(0));
        // an ASCII character matches an ASCII letter or digit only as itself in either case: no case tables needed
        boolean asciiFirst = word.charAt(0) < 128;
        for (int i = Math.max(0, from); i + length <= text.length(); i++) {
            char c = text.charAt(i);
            if (c != upper && c != lower && (asciiFirst && c < 128
                    || Character.toUpperCase(c) != upper && Character.toLowerCase(c) != lower)) {
                continue;
            }
            if (text.regionMatches(true, i, word, 0, length) && !identifierChar(text, i - 1)
                    && !identifierChar(text, i + length)) {
                return i > 0 && (text.charAt(i - 1) == '"' || text.charAt(i - 1) == '`') ? i - 1 : i;
            }
        }
        return -1;
    }

    /**
     * The offsets already searched in the text last searched, per thread. Rules point findings at the same names of
     * the same statement again and again (a table's name once per column, per rule), each a scan of the text.
     * The text is held weakly so a pooled thread does not keep a huge statement alive.
     */
    private static final class OffsetMemo {
        static final ThreadLocal<OffsetMemo> LAST = ThreadLocal.withInitial(OffsetMemo::new);
        private WeakReference<String> text = new WeakReference<>(null);
        private final Map<Search, Integer> found = new HashMap<>();

        int offsetOf(String in, String word, int from) {
            if (text.get() != in) {
                text = new WeakReference<>(in);
                found.clear();
            }
            return found.computeIfAbsent(new Search(word, from), key -> search(in, word, from));
        }
    }

    private record Search(String word, int from) {
    }

    /** The offset of a column's name, searched after its table's name so that a column named like the table is found. */
    public static int columnOffset(String text, String table, String column) {
        int tableAt = offsetOf(text, table, 0, -1);
        int from = tableAt < 0 ? 0 : tableAt + table.length();
        int at = offsetOf(text, column, from, -1);
        return at >= 0 ? at : offsetOf(text, column, 0, 0);
    }

    private static boolean identifierChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
