package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to a located YAML tree with variables substituted: every accessor refuses a wrong shape or value
 * with the file, line and column, the key, and what is expected.
 */
final class YamlFields {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private final Path file;
    private final VariableSubstitution variables;

    YamlFields(Path file, VariableSubstitution variables) {
        this.file = file;
        this.variables = variables;
    }

    
    void checkKeys(YamlNode.Mapping mapping, Set<String> allowed, String where) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw error(entry.keyLocation(), "unknown key '" + entry.key() + "' " + where + ": use one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw error(node.location(), what + " must be a mapping of keys to values, not " + node.kind() + ".");
    }

    YamlNode.Sequence sequence(YamlNode node, String key) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        throw error(node.location(), "'" + key + "' must be a list (lines starting with '- '), not "
                + node.kind() + ".");
    }

    String text(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            String value = variables.apply(scalar.text(), variable -> error(node.location(), "'" + key
                    + "' uses ${" + variable + "}, which is not set: set the environment variable " + variable
                    + " or write ${" + variable + ":-default}."));
            if (value.isBlank()) {
                throw error(node.location(), "'" + key + "' is empty: give it a value or remove it.");
            }
            return value.strip();
        }
        throw error(node.location(), "'" + key + "' must be a single value, not " + node.kind() + ".");
    }

    String name(YamlNode node, String what) {
        String value = text(node, what);
        if (!NAME.matcher(value).matches()) {
            throw error(node.location(), "the " + what + " '" + value + "' may only hold letters, digits,"
                    + " '.', '_' and '-' (and must start with a letter or digit).");
        }
        return value;
    }

    Optional<String> optionalText(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null || isNull(entry.value())) {
            return Optional.empty();
        }
        return Optional.of(text(entry.value(), key));
    }

    Optional<String> optionalIdentifier(YamlNode.Mapping mapping, String key) {
        Optional<String> value = optionalText(mapping, key);
        if (value.isPresent() && !IDENTIFIER.matcher(value.get()).matches()) {
            throw error(mapping.entries().get(key).value().location(), "'" + key + "' must be a plain SQL"
                    + " identifier (letters, digits, '_'), not '" + value.get() + "'.");
        }
        return value;
    }

    List<String> textList(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text() == null ? List.of() : List.of(text(node, key));
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : sequence(node, key).items()) {
            String value = text(item, key);
            if (values.contains(value)) {
                throw error(item.location(), "'" + value + "' is listed twice in '" + key + "'.");
            }
            values.add(value);
        }
        return values;
    }

    List<String> optionalTextList(YamlNode.Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? List.of() : textList(entry.value(), key);
    }

    Optional<Integer> optionalPositiveInt(YamlNode.Mapping mapping, String key) {
        Optional<String> value = optionalText(mapping, key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= 1) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below with the location
        }
        throw error(mapping.entries().get(key).value().location(), "'" + key + "' must be a whole number of"
                + " at least 1, not '" + value.get() + "'.");
    }

    Optional<Boolean> optionalBoolean(YamlNode.Mapping mapping, String key) {
        Optional<String> value = optionalText(mapping, key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return Optional.of(true);
            case "false":
                return Optional.of(false);
            default:
                throw error(mapping.entries().get(key).value().location(), "'" + key + "' must be true or"
                        + " false, not '" + value.get() + "'.");
        }
    }

    boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.text() == null;
    }

    UserInputException error(TextPosition location, String message) {
        return new UserInputException(file + ":" + location + ": " + message);
    }
}
