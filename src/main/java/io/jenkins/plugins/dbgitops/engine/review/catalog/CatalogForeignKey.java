package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name              the constraint name, or null
 * @param columns           referencing columns
 * @param referencedTable   the referenced table as written
 * @param referencedColumns referenced columns, empty when the primary key is meant
 */
public record CatalogForeignKey(String name, List<String> columns, String referencedTable,
        List<String> referencedColumns) {
    public CatalogForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
