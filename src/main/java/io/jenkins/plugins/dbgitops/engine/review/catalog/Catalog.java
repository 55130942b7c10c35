package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.Collection;
import java.util.Optional;

/**
 * The schema as the migrations written so far define it, walked statement by statement (Bytebase calls this the
 * walk-through). Rules read it; only the review engine changes it, after every rule has seen a statement.
 */
public interface Catalog {

    /**
     * A table or view by name, optionally schema-qualified; unquoted names match case-insensitively.
     * Quotes ({@code "x"} or backticks) around parts are accepted and removed.
     */
    Optional<CatalogTable> table(String name);

    /** Every known table. */
    Collection<CatalogTable> tables();

    /**
     * Whether the walk started at the first migration, so that a table missing here really does not exist.
     * When only some files are reviewed without their history, rules must not report missing objects.
     */
    boolean complete();

    /**
     * Whether the walk knows every column of the table: false for an unknown table, and for tables created by
     * {@code CREATE TABLE ... AS}, views, or statements the walk could not follow. Rules must not report a missing
     * column of such a table.
     */
    default boolean columnsKnown(String table) {
        return table(table).isPresent();
    }
}
