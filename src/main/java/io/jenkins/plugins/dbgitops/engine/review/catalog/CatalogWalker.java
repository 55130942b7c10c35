package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Applies the schema effects of one statement to the catalog: CREATE/DROP TABLE and VIEW, CREATE/DROP INDEX
 * (PostgreSQL's schema-wide and MySQL's {@code DROP INDEX x ON t}), MySQL {@code RENAME TABLE}, and the ALTER TABLE
 * variants of {@link AlterTableWalker}. Statements JSqlParser rejects go through {@link DdlFallback}.
 */
public final class CatalogWalker {
    private final MutableCatalog catalog;
    private final AlterTableWalker alterWalker;

    public CatalogWalker(MutableCatalog catalog) {
        this.catalog = catalog;
        this.alterWalker = new AlterTableWalker(catalog);
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
            alterWalker.alter(alter);
        } else if (ast instanceof RenameTableStatement rename) {
            for (Map.Entry<Table, Table> entry : rename.getTableNames()) {
                renameTable(entry.getKey().getFullyQualifiedName(), entry.getValue());
            }
        } else if (ast instanceof CreateView view) {
            createView(view, location, createdInReview);
        }
    }

    /** The catalog this walker changes. */
    public MutableCatalog catalog() {
        return catalog;
    }

    private void createTable(CreateTable create, String location, boolean createdInReview) {
        Table table = create.getTable();
        if (catalog.table(table.getFullyQualifiedName()).isPresent()) {
            return; // IF NOT EXISTS does nothing, and without it the statement fails: the table stays as it was
        }
        List<CatalogColumn> columns = new ArrayList<>();
        List<CatalogIndex> indexes = new ArrayList<>();
        List<CatalogForeignKey> foreignKeys = new ArrayList<>();
        for (ColumnDefinition definition : nullSafe(create.getColumnDefinitions())) {
            List<String> specs = ColumnDefinitions.specs(definition);
            CatalogColumn column = ColumnDefinitions.toColumn(definition, specs);
            columns.add(column);
            if (ColumnDefinitions.isPrimaryKey(specs)) {
                indexes.add(new CatalogIndex(null, List.of(column.name()), true, true));
            } else if (ColumnDefinitions.isUnique(specs)) {
                indexes.add(new CatalogIndex(null, List.of(column.name()), true, false));
            }
            ColumnDefinitions.inlineReference(definition, specs).ifPresent(foreignKeys::add);
        }
        for (Index index : nullSafe(create.getIndexes())) {
            AlterTableWalker.addIndex(index, indexes, foreignKeys);
        }
        CatalogTable created = new CatalogTable(schemaOf(table), ColumnDefinitions.unquote(table.getName()), columns,
                indexes, foreignKeys, createdInReview, location);
        if (create.getLikeTable() != null) {
            catalog.table(create.getLikeTable().getFullyQualifiedName()).ifPresentOrElse(
                    like -> catalog.put(new CatalogTable(created.schema(), created.name(), like.columns(),
                            like.indexes(), like.foreignKeys(), createdInReview, location)),
                    () -> catalog.putWithUnknownColumns(created));
        } else if (columns.isEmpty()) {
            catalog.putWithUnknownColumns(created); // CREATE TABLE ... AS SELECT, PARTITION OF, ...
        } else {
            catalog.put(created);
        }
    }

    private void createView(CreateView view, String location, boolean createdInReview) {
        Table table = view.getView();
        catalog.putWithUnknownColumns(new CatalogTable(schemaOf(table), ColumnDefinitions.unquote(table.getName()),
                List.of(), List.of(), List.of(), createdInReview, location));
    }

    private void createIndex(CreateIndex createIndex) {
        Index index = createIndex.getIndex();
        boolean unique = index.getType() != null && index.getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
        CatalogIndex added = new CatalogIndex(index.getName(), unquoteAll(index.getColumnsNames()), unique, false);
        catalog.update(createIndex.getTable().getFullyQualifiedName(),
                table -> AlterTableWalker.withIndexes(table, AlterTableWalker.append(table.indexes(), added)));
    }

    private void drop(Drop drop) {
        String type = drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT);
        List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
                : List.of(drop.getName());
        if (type.equals("TABLE") || type.endsWith("VIEW")) {
            names.forEach(name -> catalog.remove(name.getFullyQualifiedName()));
        } else if (type.equals("INDEX")) {
            String onTable = onTable(drop.getParameters());
            names.forEach(name -> dropIndex(ColumnDefinitions.unquote(name.getName()), onTable));
        }
    }

    /** MySQL's {@code DROP INDEX x ON t} keeps {@code ON t} as parameters. */
    private static String onTable(List<String> parameters) {
        if (parameters != null) {
            for (int i = 0; i < parameters.size() - 1; i++) {
                if (parameters.get(i).equalsIgnoreCase("ON")) {
                    return parameters.get(i + 1);
                }
            }
        }
        return null;
    }

    /** Drops an index by name from the given table, or from whichever table has it (PostgreSQL). */
    void dropIndex(String indexName, String onTable) {
        for (CatalogTable table : catalog.tables()) {
            String qualified = MutableCatalog.qualified(table);
            if (onTable != null && !MutableCatalog.key(onTable).equals(MutableCatalog.key(qualified))) {
                continue;
            }
            if (table.indexes().stream().anyMatch(index -> indexName.equalsIgnoreCase(index.name()))) {
                catalog.update(qualified, current -> AlterTableWalker.withIndexes(current, current.indexes().stream()
                        .filter(index -> !indexName.equalsIgnoreCase(index.name())).toList()));
            }
        }
    }

    void renameTable(String from, Table to) {
        String schema = to.getSchemaName() != null ? ColumnDefinitions.unquote(to.getSchemaName())
                : catalog.table(from).map(CatalogTable::schema).orElse("");
        String name = ColumnDefinitions.unquote(to.getName());
        catalog.rename(from, schema.isEmpty() ? name : schema + "." + name, schema, name);
    }

    static String schemaOf(Table table) {
        return table.getSchemaName() == null ? "" : ColumnDefinitions.unquote(table.getSchemaName());
    }

    static List<String> unquoteAll(List<String> names) {
        return names == null ? List.of() : names.stream().map(ColumnDefinitions::unquote).toList();
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
