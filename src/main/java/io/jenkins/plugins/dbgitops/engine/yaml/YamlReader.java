package io.jenkins.plugins.dbgitops.engine.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one reader of located YAML (and JSON, a subset): Jackson's streaming parser into {@link YamlNode}s that remember
 * where they were written. A key written twice in one mapping and a second document are errors; how an error reads
 * is the caller's (each file type names itself its own way).
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** Turns a problem at a place into the exception the user sees. */
    @FunctionalInterface
    public interface Errors {
        UserInputException at(TextPosition location, String problem);
    }

    private final Errors errors;

    public YamlReader(Errors errors) {
        this.errors = errors;
    }

    /**
     * The document's root node, or an empty scalar (text null) for an empty document.
     *
     * @throws UserInputException for text that is not YAML, a repeated key or a second document
     */
    public YamlNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return new YamlNode.Scalar(TextPosition.START, null, null);
            }
            YamlNode root = readValue(parser);
            if (parser.nextToken() != null) {
                throw errors.at(locationOf(parser.currentTokenLocation()), "only one YAML document is allowed;"
                        + " remove the '---' separator and what follows it");
            }
            return root;
        } catch (JsonProcessingException e) {
            String reason = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            throw errors.at(locationOf(e.getLocation()), "this is not valid YAML (" + reason
                    + "). Check the indentation and quoting");
        } catch (IOException e) {
            // reading a String does not fail; a parser that says so is a bug worth seeing
            throw new IllegalStateException(e);
        }
    }

    private YamlNode readValue(JsonParser parser) throws IOException {
        TextPosition location = locationOf(parser.currentTokenLocation());
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
                return new YamlNode.Scalar(location, null, null);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(location, parser.getText(), parser.getNumberValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(location, parser.getText(), token == JsonToken.VALUE_TRUE);
            default:
                return new YamlNode.Scalar(location, parser.getText(), parser.getText());
        }
    }

    private YamlNode readMapping(JsonParser parser, TextPosition location) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            TextPosition keyLocation = locationOf(parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = readValue(parser);
            YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyLocation, value));
            if (previous != null) {
                throw errors.at(keyLocation, "the key '" + key + "' appears twice in this mapping (first at line "
                        + previous.keyLocation().line() + "). Keep one of them");
            }
        }
        return new YamlNode.Mapping(location, entries);
    }

    private static TextPosition locationOf(JsonLocation location) {
        if (location == null) {
            return TextPosition.START;
        }
        return new TextPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
