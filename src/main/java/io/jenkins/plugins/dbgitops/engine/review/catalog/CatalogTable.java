package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table as the migrations define it.
 *
 * @param schema          the schema, or empty when not qualified
 * @param name            the table's name as written, without quotes
 * @param columns         in definition order
 * @param indexes         including the primary key and unique constraints
 * @param foreignKeys     foreign keys declared on this table
 * @param createdInReview whether a file under review created it: such a table is empty and unused when the
 *                        change deploys, so lock and rewrite risks do not apply to it
 * @param definedAt       {@code script:line} where it was created, for messages
 */
public record CatalogTable(String schema, String name, List<CatalogColumn> columns, List<CatalogIndex> indexes,
        List<CatalogForeignKey> foreignKeys, boolean createdInReview, String definedAt) {

    public CatalogTable {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<CatalogColumn> column(String columnName) {
        String key = columnName.toLowerCase(Locale.ROOT);
        return columns.stream().filter(column -> column.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    public Optional<CatalogIndex> primaryKey() {
        return indexes.stream().filter(CatalogIndex::primaryKey).findFirst();
    }
}
