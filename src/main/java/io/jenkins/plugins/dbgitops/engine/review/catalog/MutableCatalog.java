package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The catalog the review engine keeps up to date as it walks through statements. */
public final class MutableCatalog implements Catalog {
    private final Map<String, CatalogTable> tables = new LinkedHashMap<>();
    private final boolean complete;

    public MutableCatalog(boolean complete) {
        this.complete = complete;
    }

    @Override
    public Optional<CatalogTable> table(String name) {
        return Optional.ofNullable(tables.get(key(name)));
    }

    @Override
    public Collection<CatalogTable> tables() {
        return List.copyOf(tables.values());
    }

    @Override
    public boolean complete() {
        return complete;
    }

    public void put(CatalogTable table) {
        tables.put(key(qualified(table)), table);
    }

    public void remove(String name) {
        tables.remove(key(name));
    }

    /** Replaces a table by a changed copy; does nothing when the table is unknown. */
    public void update(String name, UnaryOperator<CatalogTable> change) {
        String key = key(name);
        CatalogTable table = tables.get(key);
        if (table != null) {
            tables.put(key, change.apply(table));
        }
    }

    private static String qualified(CatalogTable table) {
        return table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
    }

    /**
     * The lookup key: quotes removed, lower case, and the default schemas {@code public} (PostgreSQL) dropped so
     * that {@code public.users} and {@code users} are the same table.
     */
    static String key(String name) {
        String unquoted = name.replace("\"", "").replace("`", "").trim().toLowerCase(Locale.ROOT);
        return unquoted.startsWith("public.") ? unquoted.substring("public.".length()) : unquoted;
    }
}
