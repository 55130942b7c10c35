package io.jenkins.plugins.dbgitops.engine.review;

import java.util.List;

/**
 * A setting a rule accepts in the policy's payload, with its default.
 *
 * @param name         the key in the payload, Bytebase's where Bytebase has one (e.g. {@code format}, {@code number})
 * @param type         how the value is read
 * @param defaultValue a {@code String}, {@code Integer}, {@code Boolean} or {@code List<String>}
 * @param description  one line for the generated rule documentation
 */
public record PayloadField(String name, Type type, Object defaultValue, String description) {

    /** Value types a payload may hold. */
    public enum Type {
        STRING,
        INTEGER,
        BOOLEAN,
        STRING_LIST
    }

    public static PayloadField string(String name, String defaultValue, String description) {
        return new PayloadField(name, Type.STRING, defaultValue, description);
    }

    public static PayloadField integer(String name, int defaultValue, String description) {
        return new PayloadField(name, Type.INTEGER, defaultValue, description);
    }

    public static PayloadField bool(String name, boolean defaultValue, String description) {
        return new PayloadField(name, Type.BOOLEAN, defaultValue, description);
    }

    public static PayloadField stringList(String name, List<String> defaultValue, String description) {
        return new PayloadField(name, Type.STRING_LIST, List.copyOf(defaultValue), description);
    }
}
