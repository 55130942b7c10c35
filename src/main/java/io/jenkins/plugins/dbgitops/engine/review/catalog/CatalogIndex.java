package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.List;

/**
 * An index, primary key or unique constraint.
 *
 * @param name       the index or constraint name, or null when the engine names it
 * @param columns    the indexed columns (or expressions as written), in order
 * @param unique     unique index or constraint
 * @param primaryKey the table's primary key
 */
public record CatalogIndex(String name, List<String> columns, boolean unique, boolean primaryKey) {
    public CatalogIndex {
        columns = List.copyOf(columns);
    }
}
