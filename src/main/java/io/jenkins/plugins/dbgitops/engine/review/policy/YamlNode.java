package io.jenkins.plugins.dbgitops.engine.review.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML (or JSON) value with the line and column where it starts, so policy errors can name the place to fix.
 * Jackson's tree model drops locations, so policies are read token by token into these.
 */
sealed interface YamlNode {
    int line();

    int column();

    /** A string, number, boolean or null. */
    record Scalar(Object value, int line, int column) implements YamlNode {
        String text() {
            return value == null ? "" : String.valueOf(value);
        }
    }

    /** A mapping; keys keep their own positions. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /** One key of a mapping. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** Reads the value at the parser's current token (which must have been advanced to). */
    static YamlNode read(JsonParser parser) throws IOException {
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr();
        int column = location.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyLocation = parser.currentTokenLocation();
                String key = parser.currentName();
                parser.nextToken();
                entries.put(key, new Entry(key, keyLocation.getLineNr(), keyLocation.getColumnNr(), read(parser)));
            }
            return new Mapping(entries, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(parser));
            }
            return new Sequence(items, line, column);
        }
        Object value = switch (token) {
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
        return new Scalar(value, line, column);
    }

    /** A JSON tree (Bytebase's payload written as a JSON string) placed at the position of the string. */
    static YamlNode fromJson(JsonNode json, int line, int column) {
        if (json.isObject()) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            json.properties().forEach(field -> entries.put(field.getKey(),
                    new Entry(field.getKey(), line, column, fromJson(field.getValue(), line, column))));
            return new Mapping(entries, line, column);
        }
        if (json.isArray()) {
            List<YamlNode> items = new ArrayList<>();
            json.forEach(item -> items.add(fromJson(item, line, column)));
            return new Sequence(items, line, column);
        }
        Object value = json.isNull() ? null : json.isIntegralNumber() ? json.numberValue()
                : json.isBoolean() ? json.booleanValue() : json.isNumber() ? json.numberValue() : json.asText();
        return new Scalar(value, line, column);
    }
}
