package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * Whether a column a statement defines is in the primary key: declared {@code PRIMARY KEY} itself, or named by its
     * CREATE TABLE's table-level {@code PRIMARY KEY (...)}.
     */
    public static boolean inPrimaryKey(Statement ast, DefinedColumn column) {
        return column.specs().contains(" PRIMARY KEY ") || ast instanceof CreateTable create
                && primaryKeyColumns(create).contains(column.name().toLowerCase(Locale.ROOT));
    }

    /** Columns named by a table-level {@code PRIMARY KEY (...)} or an inline {@code PRIMARY KEY}, in lower case. */
    private static Set<String> primaryKeyColumns(CreateTable create) {
        // three rules ask for the same statement's keys
        DefinedColumnsMemo memo = DefinedColumnsMemo.LAST.get(create, DefinedColumnsMemo::new);
        Set<String> keys = memo.primaryKey;
        if (keys == null) {
            keys = Collections.unmodifiableSet(findPrimaryKeyColumns(create));
            memo.primaryKey = keys;
        }
        return keys;
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

    /**
     * The column definitions of a {@code CREATE TABLE} or an {@code ALTER TABLE ... ADD/MODIFY/CHANGE}, and the
     * types PostgreSQL's {@code ALTER COLUMN ... TYPE} sets (see {@link DefinedColumn#complete()}).
     */
    public static List<DefinedColumn> definedColumns(Statement ast) {
        return DefinedColumnsMemo.LAST.get(ast, DefinedColumnsMemo::new).columns;
    }

    /** The columns (and primary-key columns) of the last statement asked about: a dozen rules ask for them. */
    private static final class DefinedColumnsMemo {
        static final LastMemo<Statement, DefinedColumnsMemo> LAST = new LastMemo<>();
        private final List<DefinedColumn> columns;
        private volatile Set<String> primaryKey;

        private DefinedColumnsMemo(Statement ast) {
            this.columns = findDefinedColumns(ast);
        }
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
}
