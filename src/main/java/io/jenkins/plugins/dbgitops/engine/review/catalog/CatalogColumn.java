package io.jenkins.plugins.dbgitops.engine.review.catalog;

/**
 * A column as the migrations define it.
 *
 * @param name          as written, without quotes
 * @param type          the data type as written, e.g. {@code varchar(255)}
 * @param nullable      false for {@code NOT NULL} and primary-key columns
 * @param defaultValue  the default expression as written, or null
 * @param autoIncrement {@code AUTO_INCREMENT}, {@code serial} types or identity columns
 * @param comment       the column comment, or null
 */
public record CatalogColumn(String name, String type, boolean nullable, String defaultValue, boolean autoIncrement,
        String comment) {
}
