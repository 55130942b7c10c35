package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares two column types as written and tells whether the second holds less than the first. */
final class TypeWidth {
    private static final Pattern TYPE = Pattern.compile("^([a-z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?(?:\\s.*)?$");
    private static final List<String> STRINGS = List.of("varchar", "character varying", "char", "character",
            "nvarchar", "nchar", "varbinary", "binary", "bpchar");
    private static final List<String> UNBOUNDED_STRINGS = List.of("text", "mediumtext", "longtext", "blob",
            "mediumblob", "longblob", "bytea", "json", "jsonb");
    private static final List<List<String>> RANKS = List.of(
            List.of("tinyint", "smallint|int2|smallserial", "mediumint", "int|integer|int4|serial",
                    "bigint|int8|bigserial"),
            List.of("tinytext|tinyblob", "text|blob", "mediumtext|mediumblob", "longtext|longblob"),
            List.of("real|float|float4", "double|double precision|float8"),
            List.of("date", "datetime|timestamp|timestamp without time zone|timestamptz|timestamp with time zone"));

    private TypeWidth() {
    }

    /** Whether changing a column from {@code before} to {@code after} can lose or reject existing values. */
    static boolean narrows(String before, String after) {
        Matcher old = TYPE.matcher(before.toLowerCase(Locale.ROOT).trim());
        Matcher now = TYPE.matcher(after.toLowerCase(Locale.ROOT).trim());
        if (!old.matches() || !now.matches()) {
            return false;
        }
        String oldName = old.group(1).trim();
        String newName = now.group(1).trim();
        if (STRINGS.contains(newName) && now.group(2) != null) {
            int newLength = Integer.parseInt(now.group(2));
            if (UNBOUNDED_STRINGS.contains(oldName)) {
                return true;
            }
            return STRINGS.contains(oldName) && old.group(2) != null && newLength < Integer.parseInt(old.group(2));
        }
        if (isDecimal(oldName) && isDecimal(newName) && old.group(2) != null && now.group(2) != null) {
            int oldScale = old.group(3) == null ? 0 : Integer.parseInt(old.group(3));
            int newScale = now.group(3) == null ? 0 : Integer.parseInt(now.group(3));
            return Integer.parseInt(now.group(2)) - newScale < Integer.parseInt(old.group(2)) - oldScale
                    || newScale < oldScale;
        }
        for (List<String> ranks : RANKS) {
            int oldRank = rank(ranks, oldName);
            int newRank = rank(ranks, newName);
            if (oldRank >= 0 && newRank >= 0) {
                return newRank < oldRank;
            }
        }
        return false;
    }

    private static boolean isDecimal(String name) {
        return name.equals("decimal") || name.equals("numeric");
    }

    private static int rank(List<String> ranks, String name) {
        for (int i = 0; i < ranks.size(); i++) {
            for (String alias : ranks.get(i).split("\\|")) {
                if (alias.equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
