package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The catalog effects of ALTER TABLE: ADD/DROP COLUMN, ADD/DROP CONSTRAINT (primary key, unique, foreign key;
 * checks are not tracked), ADD INDEX/KEY, DROP INDEX, DROP PRIMARY KEY, RENAME TO, RENAME COLUMN, RENAME INDEX,
 * ALTER COLUMN TYPE / SET|DROP NOT NULL / SET|DROP DEFAULT, and MySQL's MODIFY and CHANGE COLUMN.
 */
final class AlterTableWalker {
    private final MutableCatalog catalog;

    AlterTableWalker(MutableCatalog catalog) {
        this.catalog = catalog;
    }

    void alter(Alter alter) {
        String tableName = alter.getTable().getFullyQualifiedName();
        for (AlterExpression expression : CatalogWalker.nullSafe(alter.getAlterExpressions())) {
            AlterOperation operation = expression.getOperation();
            if (operation == AlterOperation.RENAME_TABLE && expression.getNewTableName() != null) {
                new CatalogWalker(catalog).renameTable(tableName, new Table(expression.getNewTableName()));
                tableName = catalog.table(expression.getNewTableName()).map(MutableCatalog::qualified)
                        .orElse(expression.getNewTableName());
            } else {
                apply(tableName, expression, operation);
            }
        }
    }

    private void apply(String tableName, AlterExpression expression, AlterOperation operation) {
        switch (operation) {
            case ADD -> add(tableName, expression);
            case DROP -> drop(tableName, expression);
            case DROP_PRIMARY_KEY -> update(tableName, table -> withIndexes(table,
                    table.indexes().stream().filter(index -> !index.primaryKey()).toList()));
            case RENAME -> renameColumn(tableName, expression.getColumnOldName(), expression.getColumnName());
            case RENAME_INDEX, RENAME_CONSTRAINT -> renameIndex(tableName, expression);
            case ALTER -> alterColumns(tableName, expression);
            case MODIFY -> {
                for (AlterExpression.ColumnDataType column : CatalogWalker.nullSafe(expression.getColDataTypeList())) {
                    replaceColumn(tableName, ColumnDefinitions.unquote(column.getColumnName()),
                            ColumnDefinitions.toColumn(column));
                    addInlinePrimaryKey(tableName, column);
                }
            }
            case CHANGE -> {
                List<AlterExpression.ColumnDataType> columns = CatalogWalker.nullSafe(expression.getColDataTypeList());
                if (!columns.isEmpty() && expression.getColumnOldName() != null) {
                    replaceColumn(tableName, ColumnDefinitions.unquote(expression.getColumnOldName()),
                            ColumnDefinitions.toColumn(columns.get(0)));
                    addInlinePrimaryKey(tableName, columns.get(0));
                }
            }
            default -> {
                // table options, partitions, comments, VALIDATE CONSTRAINT...: no effect the catalog tracks
            }
        }
    }

    private void add(String tableName, AlterExpression expression) {
        if (expression.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                List<String> specs = ColumnDefinitions.specs(column);
                CatalogColumn added = ColumnDefinitions.toColumn(column, specs);
                update(tableName, table -> table.column(added.name()).isPresent() ? table
                        : withColumns(table, append(table.columns(), added)));
                if (ColumnDefinitions.isPrimaryKey(specs)) {
                    addIndexTo(tableName, new CatalogIndex(null, List.of(added.name()), true, true));
                }
            }
        }
        Index index = expression.getIndex();
        if (index != null) {
            update(tableName, table -> {
                List<CatalogIndex> indexes = new ArrayList<>(table.indexes());
                List<CatalogForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
                addIndex(index, indexes, foreignKeys);
                return new CatalogTable(table.schema(), table.name(), table.columns(), indexes, foreignKeys,
                        table.createdInReview(), table.definedAt());
            });
        }
    }

    private void drop(String tableName, AlterExpression expression) {
        if (expression.getColumnName() != null) {
            String dropped = ColumnDefinitions.unquote(expression.getColumnName());
            update(tableName, table -> withColumns(table, table.columns().stream()
                    .filter(column -> !column.name().equalsIgnoreCase(dropped)).toList()));
        } else if (expression.getConstraintName() != null) {
            dropConstraint(tableName, ColumnDefinitions.unquote(expression.getConstraintName()));
        } else if (expression.getIndex() != null && expression.getIndex().getName() != null) {
            dropConstraint(tableName, ColumnDefinitions.unquote(expression.getIndex().getName()));
        }
    }

    /** MySQL's MODIFY or CHANGE of a column to {@code ... PRIMARY KEY} makes it the primary key. */
    private void addInlinePrimaryKey(String tableName, AlterExpression.ColumnDataType column) {
        if (ColumnDefinitions.isPrimaryKey(ColumnDefinitions.specs(column))) {
            String name = ColumnDefinitions.unquote(column.getColumnName());
            update(tableName, table -> table.primaryKey().isPresent() ? table : withIndexes(table,
                    append(table.indexes(), new CatalogIndex(null, List.of(name), true, true))));
        }
    }

    /** Drops a named index, unique or primary key constraint, or foreign key. */
    void dropConstraint(String tableName, String name) {
        update(tableName, table -> new CatalogTable(table.schema(), table.name(), table.columns(),
                table.indexes().stream().filter(index -> !isNamed(table, index, name)).toList(),
                table.foreignKeys().stream().filter(key -> !name.equalsIgnoreCase(key.name())).toList(),
                table.createdInReview(), table.definedAt()));
    }

    /**
     * Whether the index has this name; a primary key declared without one has the name the server gives it:
     * always {@code PRIMARY} on MySQL, {@code <table>_pkey} on PostgreSQL.
     */
    private static boolean isNamed(CatalogTable table, CatalogIndex index, String name) {
        if (name.equalsIgnoreCase(index.name())) {
            return true;
        }
        return index.primaryKey() && index.name() == null
                && (name.equalsIgnoreCase("PRIMARY") || name.equalsIgnoreCase(table.name() + "_pkey"));
    }

    void renameColumn(String tableName, String from, String to) {
        if (from == null || to == null) {
            return;
        }
        String oldName = ColumnDefinitions.unquote(from);
        String newName = ColumnDefinitions.unquote(to);
        update(tableName, table -> withColumns(table, table.columns().stream()
                .map(column -> column.name().equalsIgnoreCase(oldName) ? new CatalogColumn(newName, column.type(),
                        column.nullable(), column.defaultValue(), column.autoIncrement(), column.comment()) : column)
                .toList()));
    }

    private void renameIndex(String tableName, AlterExpression expression) {
        if (expression.getOldIndex() == null || expression.getIndex() == null) {
            return;
        }
        String oldName = ColumnDefinitions.unquote(expression.getOldIndex().getName());
        String newName = ColumnDefinitions.unquote(expression.getIndex().getName());
        update(tableName, table -> withIndexes(table, table.indexes().stream()
                .map(index -> oldName.equalsIgnoreCase(index.name())
                        ? new CatalogIndex(newName, index.columns(), index.unique(), index.primaryKey()) : index)
                .toList()));
    }

    private void alterColumns(String tableName, AlterExpression expression) {
        for (AlterExpression.ColumnDataType column : CatalogWalker.nullSafe(expression.getColDataTypeList())) {
            String type = column.getColDataType() == null ? null : column.getColDataType().toString();
            changeColumn(tableName, column.getColumnName(), current -> new CatalogColumn(current.name(),
                    type == null ? current.type() : type, current.nullable(), current.defaultValue(),
                    current.autoIncrement(), current.comment()));
        }
        for (AlterExpression.ColumnSetNotNull column : CatalogWalker.nullSafe(expression.getColumnSetNotNullList())) {
            changeColumn(tableName, column.getColumnName(), current -> withNullable(current, false));
        }
        for (AlterExpression.ColumnDropNotNull column : CatalogWalker.nullSafe(expression.getColumnDropNotNullList())) {
            changeColumn(tableName, column.getColumnName(), current -> withNullable(current, true));
        }
        for (AlterExpression.ColumnSetDefault column : CatalogWalker.nullSafe(expression.getColumnSetDefaultList())) {
            changeColumn(tableName, column.getColumnName(), current -> new CatalogColumn(current.name(), current.type(),
                    current.nullable(), column.getDefaultValue(), current.autoIncrement(), current.comment()));
        }
        for (AlterExpression.ColumnDropDefault column : CatalogWalker.nullSafe(expression.getColumnDropDefaultList())) {
            changeColumn(tableName, column.getColumnName(), current -> new CatalogColumn(current.name(), current.type(),
                    current.nullable(), null, current.autoIncrement(), current.comment()));
        }
    }

    void changeColumn(String tableName, String columnName, UnaryOperator<CatalogColumn> change) {
        if (columnName == null) {
            return;
        }
        String name = ColumnDefinitions.unquote(columnName);
        update(tableName, table -> withColumns(table, table.columns().stream()
                .map(column -> column.name().equalsIgnoreCase(name) ? change.apply(column) : column).toList()));
    }

    private void replaceColumn(String tableName, String oldName, CatalogColumn replacement) {
        changeColumn(tableName, oldName, current -> replacement);
    }

    private void addIndexTo(String tableName, CatalogIndex index) {
        update(tableName, table -> withIndexes(table, append(table.indexes(), index)));
    }

    private void update(String tableName, UnaryOperator<CatalogTable> change) {
        catalog.update(tableName, change);
    }

    private static CatalogColumn withNullable(CatalogColumn column, boolean nullable) {
        return new CatalogColumn(column.name(), column.type(), nullable, column.defaultValue(), column.autoIncrement(),
                column.comment());
    }

    /** Adds a table-level index, key or constraint; CHECK constraints are not tracked. */
    static void addIndex(Index index, List<CatalogIndex> indexes, List<CatalogForeignKey> foreignKeys) {
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        List<String> columns = CatalogWalker.unquoteAll(index.getColumnsNames());
        String name = index.getName() == null ? null : ColumnDefinitions.unquote(index.getName());
        if (index instanceof CheckConstraint) {
            return;
        }
        if (index instanceof ForeignKeyIndex foreignKey) {
            foreignKeys.add(new CatalogForeignKey(name, columns, foreignKey.getTable().getFullyQualifiedName(),
                    CatalogWalker.unquoteAll(foreignKey.getReferencedColumnNames())));
        } else if (type.contains("PRIMARY")) {
            indexes.add(new CatalogIndex(name, columns, true, true));
        } else if (type.equals("KEY") && "PRIMARY".equalsIgnoreCase(index.getName())) {
            // JSqlParser reads MySQL's ADD CONSTRAINT PRIMARY KEY (id) as a constraint named PRIMARY of type KEY;
            // PRIMARY is reserved, so unquoted it cannot be a name
            indexes.add(new CatalogIndex(null, columns, true, true));
        } else if (type.contains("UNIQUE")) {
            indexes.add(new CatalogIndex(name, columns, true, false));
        } else if (type.isEmpty() || type.contains("KEY") || type.contains("INDEX")) {
            indexes.add(new CatalogIndex(name, columns, false, false)); // MySQL's ADD INDEX/KEY leaves the type null
        }
    }

    static CatalogTable withColumns(CatalogTable table, List<CatalogColumn> columns) {
        return new CatalogTable(table.schema(), table.name(), columns, table.indexes(), table.foreignKeys(),
                table.createdInReview(), table.definedAt());
    }

    static CatalogTable withIndexes(CatalogTable table, List<CatalogIndex> indexes) {
        return new CatalogTable(table.schema(), table.name(), table.columns(), indexes, table.foreignKeys(),
                table.createdInReview(), table.definedAt());
    }

    static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
