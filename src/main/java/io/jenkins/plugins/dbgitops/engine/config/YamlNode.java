package io.jenkins.plugins.dbgitops.engine.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value together with where it was written, so that configuration errors can name line and column
 * (Jackson's tree model forgets locations).
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line and column of the value's first character. */
    Location location();

    /** A word for messages: "a mapping", "a list", "a text". */
    String kind();

    record Location(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** One key of a mapping with the location of the key itself (errors about the key point there). */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        @Override
        public String kind() {
            return "a mapping (key: value)";
        }
    }

    record Sequence(Location location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for a YAML null ({@code ~}, {@code null} or nothing). */
    record Scalar(Location location, String text) implements YamlNode {
        @Override
        public String kind() {
            return text == null ? "empty" : "a single value";
        }
    }
}
