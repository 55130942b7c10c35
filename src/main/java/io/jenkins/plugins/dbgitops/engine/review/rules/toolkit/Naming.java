package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Bytebase's naming formats: a regular expression in which {@code {{table}}}, {@code {{column_list}}},
 * {@code {{referencing_table}}} and the like are replaced by the object's own names before matching. Compiled
 * patterns are cached, since the same expanded format recurs for every statement on a table.
 */
public final class Naming {
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
    /** The default format of naming.table and naming.column, matched by hand for the names it is made for. */
    static final String LOWER_SNAKE_CASE = "^[a-z]+(_[a-z]+)*$";

    private Naming() {
    }

    /** The format with each {@code {{key}}} replaced by its value, as Bytebase does (values are not escaped). */
    public static String expand(String format, Map<String, String> values) {
        if (format.indexOf("{{") < 0) {
            return format;
        }
        String expanded = format;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            expanded = expanded.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        return expanded;
    }

    /** Whether the name matches the (expanded) format somewhere, as Go's {@code regexp.MatchString} does. */
    public static boolean matches(String expandedFormat, String name) {
        if (expandedFormat.equals(LOWER_SNAKE_CASE)) {
            // the regex's answer by hand, without a matcher per column of every CREATE TABLE
            Boolean snakeCase = lowerSnakeCase(name);
            if (snakeCase != null) {
                return snakeCase;
            }
        }
        return pattern(expandedFormat).matcher(name).find();
    }

    /**
     * Whether {@link #LOWER_SNAKE_CASE} finds the name, or null when a line terminator (which its {@code $} may
     * precede) leaves the answer to the regex itself.
     */
    private static Boolean lowerSnakeCase(String name) {
        boolean other = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
            other |= (c < 'a' || c > 'z') && c != '_';
        }
        return !other && !name.isEmpty() && name.charAt(0) != '_' && name.charAt(name.length() - 1) != '_'
                && !name.contains("__");
    }

    private static Pattern pattern(String format) {
        Pattern cached = CACHE.get(format);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        try {
            Pattern compiled = Pattern.compile(format);
            CACHE.put(format, compiled);
            return compiled;
        } catch (PatternSyntaxException invalid) {
            throw new IllegalArgumentException("The naming format '" + format + "' is not a valid regular expression: "
                    + invalid.getDescription(), invalid);
        }
    }

    /** The identifier quoted as Bytebase's messages quote it for the engine: backticks for MySQL, else quotes. */
    public static String quote(SqlEngine engine, String identifier) {
        return engine.isMySqlFamily() ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }
}
