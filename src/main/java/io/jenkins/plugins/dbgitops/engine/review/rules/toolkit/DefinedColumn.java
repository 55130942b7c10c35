package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * A column definition a statement writes, with its table: the table's name without quotes, the column as
 * JSqlParser read it, and the operation: null in {@code CREATE TABLE}; {@code ADD}, {@code MODIFY} or
 * {@code CHANGE} in ALTER TABLE, or {@code ALTER} for PostgreSQL's {@code ALTER COLUMN ... TYPE}, which sets only
 * the type.
 */
public final class DefinedColumn {
    private static final String BUILT_IN_SCHEMA = "pg_catalog.";
    private final String table;
    private final ColumnDefinition definition;
    private final AlterOperation operation;
    private final String oldName;
    // derived strings, computed on first use: a dozen rules read them for every column of the same statement
    private String name;
    private String type;
    private String typeName;
    private List<String> specWords;
    private String specs;
    private String baseType;
    private CatalogColumn catalogColumn;
    private String offsetText;
    private int offset;

    public DefinedColumn(String table, ColumnDefinition definition, AlterOperation operation) {
        this(table, definition, operation, null);
    }

    /** A column of an ALTER TABLE clause; {@code oldName} as the clause writes it (MySQL's CHANGE), or null. */
    public DefinedColumn(String table, ColumnDefinition definition, AlterOperation operation, String oldName) {
        this.table = table;
        this.definition = definition;
        this.operation = operation;
        this.oldName = oldName;
    }

    public String table() {
        return table;
    }

    public ColumnDefinition definition() {
        return definition;
    }

    public AlterOperation operation() {
        return operation;
    }

    /** The clause's old column name as written (quotes kept), e.g. of MySQL's CHANGE; null when none. */
    public String oldName() {
        return oldName;
    }

    public String name() {
        if (name == null) {
            name = Ddl.unquote(definition.getColumnName());
        }
        return name;
    }

    public String type() {
        if (type == null) {
            type = definition.getColDataType() == null ? "" : definition.getColDataType().toString();
        }
        return type;
    }

    /**
     * The type's name in lower case without quotes and arguments, e.g. {@code varchar}; read once for the five column
     * type rules. {@code pg_catalog.varchar} is {@code varchar}: the built-in types live in that schema.
     */
    public String typeName() {
        if (typeName == null) {
            String written = definition.getColDataType().getDataType().toLowerCase(Locale.ROOT).replace("\"", "");
            typeName = written.startsWith(BUILT_IN_SCHEMA) ? written.substring(BUILT_IN_SCHEMA.length()) : written;
        }
        return typeName;
    }

    /**
     * The words after the type as JSqlParser gives them; read once, since JSqlParser 5.4 rebuilds the list (and
     * prints each DEFAULT expression) on every {@code getColumnSpecs()} call.
     */
    public List<String> specWords() {
        if (specWords == null) {
            List<String> words = definition.getColumnSpecs();
            specWords = words == null ? List.of() : Collections.unmodifiableList(words);
        }
        return specWords;
    }

    /** The upper-cased words after the type, padded with spaces, for {@code contains(" NOT NULL ")} tests. */
    public String specs() {
        if (specs == null) {
            specs = Ddl.specs(specWords());
        }
        return specs;
    }

    /** The column as the catalog reads it (nullability, default, auto-increment, comment); read once. */
    public CatalogColumn catalogColumn() {
        if (catalogColumn == null) {
            catalogColumn = ColumnDefinitions.toColumn(definition, specWords());
        }
        return catalogColumn;
    }

    /** {@link NameOffsets#columnOffset} of this column in the statement's text; found once, as most rules report at it. */
    public int offsetIn(String text) {
        if (offsetText != text) {
            offset = NameOffsets.columnOffset(text, table, name());
            offsetText = text;
        }
        return offset;
    }

    /** Whether this is a full definition (not PostgreSQL's {@code ALTER COLUMN ... TYPE}). */
    public boolean complete() {
        return operation != AlterOperation.ALTER;
    }

    public String baseType() {
        if (baseType == null) {
            baseType = ColumnTypes.baseType(type());
        }
        return baseType;
    }
}
