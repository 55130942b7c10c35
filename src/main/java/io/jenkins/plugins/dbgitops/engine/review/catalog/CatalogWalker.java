package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/** Applies the schema effects of one parsed statement to the catalog. */
public final class CatalogWalker {
    private final MutableCatalog catalog;

    public CatalogWalker(MutableCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Applies a statement's effects.
     *
     * @param ast             the statement
     * @param location        {@code script:line}, remembered for messages
     * @param createdInReview whether the statement belongs to the files under review
     */
    public void apply(Statement ast, String location, boolean createdInReview) {
        if (ast instanceof CreateTable create) {
            createTable(create, location, createdInReview);
        } else if (ast instanceof CreateIndex createIndex) {
            createIndex(createIndex);
        } else if (ast instanceof Drop drop) {
            drop(drop);
        } else if (ast instanceof Alter alter) {
            alter(alter);
        }
    }

    private void createTable(CreateTable create, String location, boolean createdInReview) {
        List<CatalogColumn> columns = new ArrayList<>();
        List<CatalogIndex> indexes = new ArrayList<>();
        List<CatalogForeignKey> foreignKeys = new ArrayList<>();
        for (ColumnDefinition definition : nullSafe(create.getColumnDefinitions())) {
            CatalogColumn column = ColumnDefinitions.toColumn(definition);
            columns.add(column);
            if (ColumnDefinitions.isPrimaryKey(definition)) {
                indexes.add(new CatalogIndex(null, List.of(column.name()), true, true));
            } else if (ColumnDefinitions.isUnique(definition)) {
                indexes.add(new CatalogIndex(null, List.of(column.name()), true, false));
            }
        }
        for (Index index : nullSafe(create.getIndexes())) {
            addIndex(index, indexes, foreignKeys);
        }
        Table table = create.getTable();
        catalog.put(new CatalogTable(schemaOf(table), ColumnDefinitions.unquote(table.getName()), columns, indexes,
                foreignKeys, createdInReview, location));
    }

    private static void addIndex(Index index, List<CatalogIndex> indexes, List<CatalogForeignKey> foreignKeys) {
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        List<String> columns = unquoteAll(index.getColumnsNames());
        if (index instanceof ForeignKeyIndex foreignKey) {
            foreignKeys.add(new CatalogForeignKey(index.getName(), columns,
                    foreignKey.getTable().getFullyQualifiedName(), unquoteAll(foreignKey.getReferencedColumnNames())));
        } else if (type.contains("PRIMARY")) {
            indexes.add(new CatalogIndex(index.getName(), columns, true, true));
        } else if (type.contains("UNIQUE")) {
            indexes.add(new CatalogIndex(index.getName(), columns, true, false));
        } else if (type.contains("KEY") || type.contains("INDEX")) {
            indexes.add(new CatalogIndex(index.getName(), columns, false, false));
        }
    }

    private void createIndex(CreateIndex createIndex) {
        Index index = createIndex.getIndex();
        boolean unique = index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
        CatalogIndex added = new CatalogIndex(index.getName(), unquoteAll(index.getColumnsNames()), unique, false);
        catalog.update(createIndex.getTable().getFullyQualifiedName(), table -> withIndexes(table, append(table.indexes(), added)));
    }

    private void drop(Drop drop) {
        String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
        List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames() : List.of(drop.getName());
        if (type.equals("TABLE") || type.equals("VIEW")) {
            names.forEach(name -> catalog.remove(name.getFullyQualifiedName()));
        } else if (type.equals("INDEX")) {
            names.forEach(name -> dropIndex(ColumnDefinitions.unquote(name.getName())));
        }
    }

    private void dropIndex(String indexName) {
        for (CatalogTable table : catalog.tables()) {
            if (table.indexes().stream().anyMatch(index -> indexName.equalsIgnoreCase(index.name()))) {
                catalog.update(qualified(table), current -> withIndexes(current, current.indexes().stream()
                        .filter(index -> !indexName.equalsIgnoreCase(index.name())).toList()));
            }
        }
    }

    private void alter(Alter alter) {
        String tableName = alter.getTable().getFullyQualifiedName();
        for (AlterExpression expression : nullSafe(alter.getAlterExpressions())) {
            AlterOperation operation = expression.getOperation();
            if (operation == AlterOperation.ADD && expression.getColDataTypeList() != null) {
                for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                    CatalogColumn added = ColumnDefinitions.toColumn(column);
                    catalog.update(tableName, table -> withColumns(table, append(table.columns(), added)));
                }
            } else if (operation == AlterOperation.DROP && expression.getColumnName() != null) {
                String dropped = ColumnDefinitions.unquote(expression.getColumnName());
                catalog.update(tableName, table -> withColumns(table, table.columns().stream()
                        .filter(column -> !column.name().equalsIgnoreCase(dropped)).toList()));
            }
        }
    }

    private static CatalogTable withColumns(CatalogTable table, List<CatalogColumn> columns) {
        return new CatalogTable(table.schema(), table.name(), columns, table.indexes(), table.foreignKeys(),
                table.createdInReview(), table.definedAt());
    }

    private static CatalogTable withIndexes(CatalogTable table, List<CatalogIndex> indexes) {
        return new CatalogTable(table.schema(), table.name(), table.columns(), indexes, table.foreignKeys(),
                table.createdInReview(), table.definedAt());
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static String qualified(CatalogTable table) {
        return table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
    }

    private static String schemaOf(Table table) {
        return table.getSchemaName() == null ? "" : ColumnDefinitions.unquote(table.getSchemaName());
    }

    private static List<String> unquoteAll(List<String> names) {
        return names == null ? List.of() : names.stream().map(ColumnDefinitions::unquote).toList();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
