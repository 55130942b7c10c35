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
        // a loop without lower-cased copies: rules look columns up for every column of every statement
        boolean asciiKey = isAscii(columnName);
        String key = null;
        for (CatalogColumn column : columns) {
            String name = column.name();
            if (asciiKey && name.length() != columnName.length()) {
                // no match: only U+0130 lower-cases to more characters, and never to ASCII alone
                continue;
            }
            if (asciiKey && isAscii(name)) {
                if (name.equalsIgnoreCase(columnName)) {
                    return Optional.of(column);
                }
            } else {
                key = key == null ? columnName.toLowerCase(Locale.ROOT) : key;
                if (name.toLowerCase(Locale.ROOT).equals(key)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /** For ASCII, {@code equalsIgnoreCase} is exactly equality after {@code toLowerCase(Locale.ROOT)}. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public Optional<CatalogIndex> primaryKey() {
        return indexes.stream().filter(CatalogIndex::primaryKey).findFirst();
    }
}
