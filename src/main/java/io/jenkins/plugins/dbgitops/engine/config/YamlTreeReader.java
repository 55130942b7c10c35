package io.jenkins.plugins.dbgitops.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML with Jackson's streaming parser into {@link YamlNode}s that remember their locations. */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private final String fileName;

    YamlTreeReader(String fileName) {
        this.fileName = fileName;
    }

    /** The document's root node, or an empty scalar for an empty document. */
    YamlNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(new YamlNode.Location(1, 1), null);
            }
            YamlNode root = readValue(parser);
            if (parser.nextToken() != null) {
                throw error(parser.currentTokenLocation(), "only one YAML document is allowed; remove the '---'"
                        + " separator and what follows it.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw error(location, "this is not valid YAML: " + e.getOriginalMessage()
                    + ". Check the indentation and quoting.");
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private YamlNode readValue(JsonParser parser) throws IOException {
        YamlNode.Location location = locationOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, location);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return new YamlNode.Sequence(location, items);
            case VALUE_NULL:
                return new YamlNode.Scalar(location, null);
            default:
                return new YamlNode.Scalar(location, parser.getText());
        }
    }

    private YamlNode readMapping(JsonParser parser, YamlNode.Location location) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            YamlNode.Location keyLocation = locationOf(parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = readValue(parser);
            YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyLocation, value));
            if (previous != null) {
                throw error(keyLocation, "the key '" + key + "' appears twice in this mapping (first at line "
                        + previous.keyLocation().line() + "). Keep one of them.");
            }
        }
        return new YamlNode.Mapping(location, entries);
    }

    private UserInputException error(JsonLocation location, String message) {
        return error(locationOf(location), message);
    }

    private UserInputException error(YamlNode.Location location, String message) {
        return new UserInputException(fileName + ":" + location + ": " + message);
    }

    private static YamlNode.Location locationOf(JsonLocation location) {
        if (location == null) {
            return new YamlNode.Location(1, 1);
        }
        return new YamlNode.Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
