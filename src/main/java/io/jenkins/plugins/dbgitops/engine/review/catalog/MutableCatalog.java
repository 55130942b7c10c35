package io.jenkins.plugins.dbgitops.engine.review.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The catalog the review engine keeps up to date as it walks through statements. Tables are immutable records, so
 * a change replaces one entry (copy-on-write per table) and statements that change nothing cost nothing.
 */
public final class MutableCatalog implements Catalog {
    private final Map<String, CatalogTable> tables = new LinkedHashMap<>();
    private final Set<String> unknownColumns = new HashSet<>();
    private final Set<String> putSinceSettle = new HashSet<>();
    private boolean complete;

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

    /**
     * Records that a statement may have created, renamed or dropped tables the walk cannot see (DDL inside a
     * {@code DO} block), so absence no longer proves anything for the rest of the walk.
     */
    public void markIncomplete() {
        complete = false;
    }

    @Override
    public boolean columnsKnown(String table) {
        String key = key(table);
        return tables.containsKey(key) && !unknownColumns.contains(key);
    }

    public void put(CatalogTable table) {
        String key = key(qualified(table));
        tables.put(key, table);
        putSinceSettle.add(key);
        unknownColumns.remove(key);
    }

    /** Adds a table whose columns the walk could not read (CREATE TABLE ... AS, a view, an unparsed statement). */
    public void putWithUnknownColumns(CatalogTable table) {
        String key = key(qualified(table));
        tables.put(key, table);
        putSinceSettle.add(key);
        unknownColumns.add(key);
    }

    /** Records that a statement changed the table in a way the walk could not follow. */
    public void markColumnsUnknown(String name) {
        String key = key(name);
        if (tables.containsKey(key)) {
            unknownColumns.add(key);
        }
    }

    public void remove(String name) {
        String key = key(name);
        tables.remove(key);
        unknownColumns.remove(key);
    }

    /** Renames a table, keeping whether its columns are known; does nothing when the table is unknown. */
    public void rename(String from, String to, String newSchema, String newName) {
        String fromKey = key(from);
        CatalogTable table = tables.remove(fromKey);
        if (table != null) {
            boolean unknown = unknownColumns.remove(fromKey);
            CatalogTable renamed = new CatalogTable(newSchema, newName, table.columns(), table.indexes(),
                    table.foreignKeys(), table.createdInReview(), table.definedAt());
            tables.put(key(to), renamed);
            putSinceSettle.add(key(to));
            if (unknown) {
                unknownColumns.add(key(to));
            }
        }
    }

    /**
     * Marks every table as existing before the change under review: used between files when each file is reviewed
     * as a change of its own, so a table created by an earlier file no longer counts as new.
     */
    public void settle() {
        // only tables put since the last settle can be new: no pass over the whole catalog after every file
        for (String key : putSinceSettle) {
            CatalogTable table = tables.get(key);
            if (table != null && table.createdInReview()) {
                tables.put(key, new CatalogTable(table.schema(), table.name(), table.columns(), table.indexes(),
                        table.foreignKeys(), false, table.definedAt()));
            }
        }
        putSinceSettle.clear();
    }

    /** Replaces a table by a changed copy; does nothing when the table is unknown. */
    public void update(String name, UnaryOperator<CatalogTable> change) {
        String key = key(name);
        CatalogTable table = tables.get(key);
        if (table != null) {
            tables.put(key, change.apply(table));
            putSinceSettle.add(key);
        }
    }

    static String qualified(CatalogTable table) {
        return table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
    }

    /**
     * The lookup key: quotes removed, lower case, and the default schemas {@code public} (PostgreSQL) dropped so
     * that {@code public.users} and {@code users} are the same table.
     */
    static String key(String name) {
        String unquoted = isPlainLowerCase(name) ? name
                : name.replace("\"", "").replace("`", "").trim().toLowerCase(Locale.ROOT);
        return unquoted.startsWith("public.") ? unquoted.substring("public.".length()) : unquoted;
    }

    /**
     * Whether the name is already its own key (no quotes, upper case or surrounding blanks), as nearly every name
     * is: rules look tables up tens of thousands of times per review, and the copies were a measurable cost.
     */
    private static boolean isPlainLowerCase(String name) {
        int length = name.length();
        if (length == 0 || name.charAt(0) <= ' ' || name.charAt(length - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '`' || c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
