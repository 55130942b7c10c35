package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Column types as the rules compare them: base names, families, lengths, and Bytebase's way of printing them. */
public final class ColumnTypes {
    private static final Set<String> FIXED_CHAR = Set.of("char", "character", "nchar", "national char",
            "national character", "bpchar");
    private static final Set<String> VARCHAR = Set.of("varchar", "character varying", "nvarchar", "national varchar",
            "national character varying", "varchar2");
    private static final Set<String> INTEGER = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "int2", "int4", "int8", "serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");
    private static final Set<String> MYSQL_LOB = Set.of("blob", "tinyblob", "mediumblob", "longblob", "text",
            "tinytext", "mediumtext", "longtext", "json", "geometry", "point", "linestring", "polygon", "long",
            "long varchar", "long varbinary");
    private static final Pattern SIGNEDNESS = Pattern.compile("\\s+(unsigned|signed|zerofill)\\b");

    private ColumnTypes() {
    }

    /** The base type name in lower case without arguments, e.g. {@code varchar} for {@code VARCHAR (20)}. */
    public static String baseType(String type) {
        String lower = type.toLowerCase(Locale.ROOT).trim();
        int paren = lower.indexOf('(');
        String base = paren < 0 ? lower : lower.substring(0, paren).trim();
        base = SIGNEDNESS.matcher(base).replaceAll("");
        return base.replace("\"", "").replace("`", "").trim();
    }

    /** {@code char(n)} and its spellings, not {@code varchar}. */
    public static boolean isFixedChar(String baseType) {
        return FIXED_CHAR.contains(baseType);
    }

    /** {@code varchar(n)} and its spellings. */
    public static boolean isVarchar(String baseType) {
        return VARCHAR.contains(baseType);
    }

    /** Integer types of either engine, without arguments. */
    public static boolean isInteger(String baseType) {
        return INTEGER.contains(baseType);
    }

    /** MySQL's large-object types, which cannot take a literal default nor a full-length index. */
    public static boolean isMySqlLob(String baseType) {
        return MYSQL_LOB.contains(baseType);
    }

    /** A type as Bytebase prints it: lower case, no space before the arguments, e.g. {@code varchar(5)}. */
    public static String displayType(String type) {
        return type.toLowerCase(Locale.ROOT).replace(" (", "(").replace(", ", ",").trim();
    }

    /** The first numeric argument of a type such as {@code varchar(255)}, or -1. */
    public static long typeLength(String type) {
        int open = type.indexOf('(');
        int close = type.indexOf(')', open + 1);
        if (open < 0 || close < 0) {
            return -1;
        }
        String argument = type.substring(open + 1, close).split(",")[0].trim();
        try {
            return Long.parseLong(argument);
        } catch (NumberFormatException notNumeric) {
            return -1;
        }
    }
}
