package io.jenkins.plugins.dbgitops.engine.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dbgitops.engine.TextPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value together with where it was written, so that errors in {@code dbgitops.yaml} and in review policies can
 * name line and column (Jackson's tree model forgets locations). Read by {@link YamlReader}.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    /** 1-based line and column of the value's first character. */
    TextPosition location();

    /** A word for messages: "a mapping", "a list", "a text". */
    String kind();

    default int line() {
        return location().line();
    }

    default int column() {
        return location().column();
    }

    /** One key of a mapping with the location of the key itself (errors about the key point there). */
    record Entry(String key, TextPosition keyLocation, YamlNode value) {
        public int line() {
            return keyLocation.line();
        }

        public int column() {
            return keyLocation.column();
        }
    }

    record Mapping(TextPosition location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String kind() {
            return "a mapping (key: value)";
        }
    }

    record Sequence(TextPosition location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code text} as written (null for a YAML null: {@code ~}, {@code null} or nothing), {@code value} as
     * YAML types it (a String, Number or Boolean, or null).
     */
    record Scalar(TextPosition location, String text, Object value) implements YamlNode {
        @Override
        public String kind() {
            return text == null ? "empty" : "a single value";
        }
    }

    /** A JSON tree (Bytebase's payload written as a JSON string) placed where the string was written. */
    static YamlNode fromJson(JsonNode json, TextPosition at) {
        if (json.isObject()) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            json.properties().forEach(field -> entries.put(field.getKey(),
                    new Entry(field.getKey(), at, fromJson(field.getValue(), at))));
            return new Mapping(at, entries);
        }
        if (json.isArray()) {
            List<YamlNode> items = new ArrayList<>();
            json.forEach(item -> items.add(fromJson(item, at)));
            return new Sequence(at, items);
        }
        Object value = json.isNull() ? null : json.isNumber() ? json.numberValue()
                : json.isBoolean() ? json.booleanValue() : json.asText();
        return new Scalar(at, json.isNull() ? null : json.asText(), value);
    }
}
