package io.jenkins.plugins.dbgitops.engine.review.catalog;

import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/** Reads JSqlParser column definitions into catalog columns; the column specs are a flat list of words. */
public final class ColumnDefinitions {

    private ColumnDefinitions() {
    }

    public static CatalogColumn toColumn(ColumnDefinition definition) {
        return toColumn(definition, specs(definition));
    }

    /**
     * The column's spec words. JSqlParser 5.4 rebuilds the list on every {@code getColumnSpecs()} call, printing
     * DEFAULT expressions again, so a caller that needs them several times reads them once here.
     */
    public static List<String> specs(ColumnDefinition definition) {
        List<String> specs = definition.getColumnSpecs();
        return specs == null ? List.of() : specs;
    }

    /**
     * The spec words upper-cased, joined and padded with spaces for {@code contains(" NOT NULL ")} tests, with the
     * contents of string literals blanked: {@code DEFAULT 'not primary key yet'} declares no primary key.
     */
    public static String keywordText(List<String> specs) {
        String joined = " " + String.join(" ", specs) + " ";
        return SqlText.blankLiterals(joined).toUpperCase(Locale.ROOT);
    }

    /** {@link #toColumn(ColumnDefinition)} with the column's {@link #specs} already read. */
    public static CatalogColumn toColumn(ColumnDefinition definition, List<String> specs) {
        String joined = keywordText(specs);
        // SQLite columns may have no type at all
        String type = definition.getColDataType() == null ? "" : definition.getColDataType().toString();
        String lowerType = type.toLowerCase(Locale.ROOT);
        boolean primaryKey = joined.contains(" PRIMARY KEY ");
        boolean notNull = joined.contains(" NOT NULL ") || primaryKey;
        boolean autoIncrement = joined.contains(" AUTO_INCREMENT ") || joined.contains(" AUTOINCREMENT ")
                || joined.contains(" IDENTITY ") || lowerType.contains("serial");
        return new CatalogColumn(unquote(definition.getColumnName()), type, !notNull, defaultValue(specs),
                autoIncrement, comment(specs));
    }

    /** Whether the column definition declares an inline {@code PRIMARY KEY}. */
    public static boolean isPrimaryKey(ColumnDefinition definition) {
        return isPrimaryKey(specs(definition));
    }

    /** Whether the {@link #specs} of a column declare an inline {@code PRIMARY KEY}. */
    static boolean isPrimaryKey(List<String> specs) {
        return keywordText(specs).contains(" PRIMARY KEY ");
    }

    /** Whether the {@link #specs} of a column declare an inline {@code UNIQUE}. */
    static boolean isUnique(List<String> specs) {
        for (String spec : specs) {
            if (spec.equalsIgnoreCase("UNIQUE")) {
                return true;
            }
        }
        return false;
    }

    /** An inline {@code REFERENCES other (id)} among a column's {@link #specs}, as a foreign key. */
    static Optional<CatalogForeignKey> inlineReference(ColumnDefinition definition, List<String> specs) {
        for (int i = 0; i < specs.size() - 1; i++) {
            if (specs.get(i).equalsIgnoreCase("REFERENCES")) {
                String target = specs.get(i + 1);
                String columns = "";
                int paren = target.indexOf('(');
                if (paren > 0) {
                    columns = target.substring(paren);
                    target = target.substring(0, paren);
                } else if (i + 2 < specs.size() && specs.get(i + 2).startsWith("(")) {
                    columns = specs.get(i + 2);
                }
                List<String> referenced = columns.isEmpty() ? List.of() : Arrays.stream(
                        columns.replace("(", "").replace(")", "").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).map(ColumnDefinitions::unquote).toList();
                return Optional.of(new CatalogForeignKey(null, List.of(unquote(definition.getColumnName())),
                        target, referenced));
            }
        }
        return Optional.empty();
    }

    /** The words after {@code DEFAULT} up to the next constraint keyword, or null. */
    public static String defaultValue(List<String> specs) {
        return valueAfter(specs, "DEFAULT");
    }

    private static String comment(List<String> specs) {
        return valueAfter(specs, "COMMENT");
    }

    private static String valueAfter(List<String> specs, String keyword) {
        for (int i = 0; i < specs.size() - 1; i++) {
            if (specs.get(i).equalsIgnoreCase(keyword)) {
                StringBuilder value = new StringBuilder(specs.get(i + 1));
                for (int j = i + 2; j < specs.size() && !isConstraintWord(specs.get(j)); j++) {
                    value.append(' ').append(specs.get(j));
                }
                return value.toString();
            }
        }
        return null;
    }

    private static boolean isConstraintWord(String word) {
        switch (word.toUpperCase(Locale.ROOT)) {
            case "NOT":
            case "NULL":
            case "PRIMARY":
            case "UNIQUE":
            case "REFERENCES":
            case "CHECK":
            case "CONSTRAINT":
            case "COMMENT":
            case "AUTO_INCREMENT":
            case "GENERATED":
            case "COLLATE":
            case "DEFAULT":
                return true;
            default:
                return false;
        }
    }

    /** Removes surrounding double quotes or backticks from an identifier. */
    public static String unquote(String identifier) {
        if (identifier != null && identifier.length() >= 2) {
            char first = identifier.charAt(0);
            char last = identifier.charAt(identifier.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
                return identifier.substring(1, identifier.length() - 1);
            }
        }
        return identifier;
    }
}
