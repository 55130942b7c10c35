package io.jenkins.plugins.dbgitops.engine.review.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a policy file. Our shape: {@code extends: prod|dev} and {@code rules:} mapping rule ids to a level or to
 * {@code {level, payload}}. Bytebase's shape: {@code ruleList:} entries of {@code type}, {@code level}
 * ({@code ERROR}, {@code WARNING}, {@code DISABLED}), {@code engine} and {@code payload} (a mapping or a JSON string).
 * Every error names the file, line and column and says what to do.
 */
final class PolicyReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OUR_KEYS = Set.of("extends", "rules");

    private final Path file;
    private final RuleRegistry registry;
    private final SqlEngine engine;

    private PolicyReader(Path file, RuleRegistry registry, SqlEngine engine) {
        this.file = file;
        this.registry = registry;
        this.engine = engine;
    }

    static ReviewPolicy read(Path file, RuleRegistry registry, SqlEngine engine) {
        return new PolicyReader(file, registry, engine).read();
    }

    private ReviewPolicy read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("Cannot read review policy " + file + ": " + e.getMessage()
                    + ". Check the path and its permissions.", e);
        }
        YamlNode root = new YamlReader((location, problem) -> error(location.line(), location.column(), problem))
                .read(text);
        if (root instanceof YamlNode.Scalar empty && empty.text() == null) {
            throw new UserInputException("Review policy " + file + " is empty: write 'extends: prod' and the"
                    + " rules to change, or use the template name prod or dev.");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw error(root, "the policy must be a mapping with 'extends' and 'rules' (or Bytebase's 'ruleList')");
        }
        return mapping.entries().containsKey("ruleList") ? bytebase(mapping) : ours(mapping);
    }

    private ReviewPolicy ours(YamlNode.Mapping root) {
        for (YamlNode.Entry entry : root.entries().values()) {
            if (!OUR_KEYS.contains(entry.key())) {
                throw error(entry, "unknown key '" + entry.key() + "': a policy has 'extends' and 'rules'");
            }
        }
        ReviewPolicy base = ReviewPolicy.prod(registry);
        YamlNode.Entry extendsEntry = root.entries().get("extends");
        if (extendsEntry != null) {
            String name = text(scalar(extendsEntry.value(), "extends"));
            base = ReviewPolicy.template(name, registry).orElseThrow(() -> error(extendsEntry.value(),
                    "'" + name + "' is not a template: extend prod or dev"));
        }
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        base.configs().forEach(config -> configs.put(config.definition().id(), config));
        YamlNode.Entry rules = root.entries().get("rules");
        if (rules != null && rules.value() instanceof YamlNode.Mapping ruleMap) {
            for (YamlNode.Entry entry : ruleMap.entries().values()) {
                RuleDefinition definition = definition(entry.key(), entry);
                configs.put(definition.id(), ruleConfig(definition, entry.value(), configs.get(definition.id())));
            }
        } else if (rules != null && !(rules.value() instanceof YamlNode.Scalar scalar && scalar.value() == null)) {
            throw error(rules.value(), "'rules' must map rule ids to a level or to {level, payload}");
        }
        return new ReviewPolicy(file.toString(), configs);
    }

    private RuleConfig ruleConfig(RuleDefinition definition, YamlNode value, RuleConfig base) {
        if (value instanceof YamlNode.Scalar scalar) {
            return new RuleConfig(definition, level(scalar), base.payload());
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            throw error(value, "rule " + definition.id() + " needs a level (ERROR, WARNING, OFF) or {level, payload}");
        }
        Level level = base.level();
        Map<String, Object> payload = new HashMap<>(base.payload());
        for (YamlNode.Entry entry : mapping.entries().values()) {
            switch (entry.key()) {
                case "level" -> level = level(scalar(entry.value(), "level"));
                case "payload" -> payload.putAll(payload(definition, entry.value()));
                default -> throw error(entry, "unknown key '" + entry.key() + "' for rule " + definition.id()
                        + ": use 'level' and 'payload'");
            }
        }
        return new RuleConfig(definition, level, payload);
    }

    private ReviewPolicy bytebase(YamlNode.Mapping root) {
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        for (RuleDefinition definition : registry.definitions()) {
            configs.put(definition.id(), new RuleConfig(definition,
                    definition.alwaysOn() ? definition.defaultLevel() : Level.OFF, Map.of()));
        }
        YamlNode list = root.entries().get("ruleList").value();
        if (!(list instanceof YamlNode.Sequence sequence)) {
            throw error(list, "'ruleList' must be a list of rules with type, level, engine and payload");
        }
        Map<String, SqlEngine> chosenEngine = new HashMap<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Mapping entry)) {
                throw error(item, "each ruleList entry must be a mapping with type, level, engine and payload");
            }
            YamlNode.Entry type = entry.entries().get("type");
            if (type == null) {
                throw error(item, "the ruleList entry has no 'type': give the rule id, e.g. table.require-pk");
            }
            YamlNode.Entry levelEntry = entry.entries().get("level");
            Level level = levelEntry == null ? null : level(scalar(levelEntry.value(), "level"));
            Optional<SqlEngine> entryEngine = bytebaseEngine(entry.entries().get("engine"));
            if (entryEngine.isEmpty()
                    || !appliesHere(entryEngine.get(), chosenEngine.get(text(scalar(type.value(), "type"))))) {
                continue;
            }
            String id = text(scalar(type.value(), "type"));
            if (registry.find(id).isEmpty() && level == Level.OFF) {
                continue; // a disabled rule dbgitops does not have changes nothing
            }
            RuleDefinition definition = definition(id, type);
            chosenEngine.put(id, entryEngine.get());
            YamlNode.Entry payloadEntry = entry.entries().get("payload");
            Map<String, Object> payload = payloadEntry == null ? Map.of() : payload(definition, payloadEntry.value());
            configs.put(id, new RuleConfig(definition, level == null ? definition.defaultLevel() : level, payload));
        }
        return new ReviewPolicy(file.toString(), configs);
    }

    /** An entry for our engine wins over one for a related engine (MySQL's entry serves MariaDB and TiDB's MySQL). */
    private boolean appliesHere(SqlEngine entryEngine, SqlEngine alreadyChosen) {
        if (entryEngine == engine) {
            return true;
        }
        boolean related = entryEngine.isMySqlFamily() && engine.isMySqlFamily();
        return related && alreadyChosen == null;
    }

    /** The entry's engine (ours when it names none); empty for engines dbgitops does not review. */
    private Optional<SqlEngine> bytebaseEngine(YamlNode.Entry entry) {
        if (entry == null) {
            return Optional.of(engine);
        }
        String name = text(scalar(entry.value(), "engine")).toUpperCase(Locale.ROOT);
        return Optional.ofNullable(switch (name) {
            case "POSTGRES", "POSTGRESQL" -> SqlEngine.POSTGRESQL;
            case "MYSQL", "TIDB", "OCEANBASE" -> SqlEngine.MYSQL;
            case "MARIADB" -> SqlEngine.MARIADB;
            case "H2" -> SqlEngine.H2;
            case "SQLITE" -> SqlEngine.SQLITE;
            default -> null;
        });
    }

    private Map<String, Object> payload(RuleDefinition definition, YamlNode node) {
        YamlNode value = node;
        if (node instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text) {
            if (text.isBlank()) {
                return Map.of();
            }
            try {
                value = YamlNode.fromJson(JSON.readTree(text), node.location());
            } catch (JsonProcessingException e) {
                throw error(node, "the payload of " + definition.id() + " is a string but not JSON ("
                        + e.getOriginalMessage() + "): write it as a mapping or as valid JSON");
            }
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            throw error(node, "the payload of " + definition.id() + " must be a mapping of " + fieldNames(definition));
        }
        Map<String, Object> payload = new HashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            PayloadField field = definition.payload().stream().filter(candidate -> candidate.name().equals(entry.key()))
                    .findFirst().orElseThrow(() -> error(entry, "rule " + definition.id() + " has no payload field '"
                            + entry.key() + "': it accepts " + fieldNames(definition)));
            payload.put(field.name(), convert(definition, field, entry.value()));
        }
        return payload;
    }

    private Object convert(RuleDefinition definition, PayloadField field, YamlNode value) {
        String where = "payload field '" + field.name() + "' of " + definition.id();
        if (field.type() == PayloadField.Type.STRING_LIST) {
            if (!(value instanceof YamlNode.Sequence sequence)) {
                throw error(value, where + " must be a list of strings");
            }
            List<String> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(text(scalar(item, where))));
            return List.copyOf(items);
        }
        YamlNode.Scalar scalar = scalar(value, where);
        return switch (field.type()) {
            case STRING -> {
                if (!(scalar.value() instanceof String text)) {
                    throw error(value, where + " must be a string, e.g. \"" + field.defaultValue() + "\"");
                }
                yield text;
            }
            case INTEGER -> {
                if (!(scalar.value() instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
                    throw error(value, where + " must be a whole number, e.g. " + field.defaultValue());
                }
                yield number.intValue();
            }
            case BOOLEAN -> {
                if (!(scalar.value() instanceof Boolean flag)) {
                    throw error(value, where + " must be true or false");
                }
                yield flag;
            }
            default -> throw new IllegalStateException("Unhandled payload type " + field.type());
        };
    }

    private RuleDefinition definition(String id, YamlNode.Entry where) {
        return registry.find(id).orElseThrow(() -> error(where, "unknown rule '" + id + "': check the id against"
                + " docs/rules.md (or 'dbgitops rules'), or remove it"));
    }

    private Level level(YamlNode.Scalar scalar) {
        if (Boolean.FALSE.equals(scalar.value())) {
            // YAML 1.1 reads an unquoted OFF (and off, no, false) as the boolean false
            return Level.OFF;
        }
        try {
            return Level.parse(text(scalar));
        } catch (IllegalArgumentException e) {
            throw error(scalar, "'" + text(scalar) + "' is not a level: use ERROR, WARNING or OFF (Bytebase: DISABLED)");
        }
    }

    private YamlNode.Scalar scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar;
        }
        throw error(node, what + " must be a single value");
    }

    /** A scalar's text, empty for a YAML null. */
    private static String text(YamlNode.Scalar scalar) {
        return scalar.text() == null ? "" : scalar.text();
    }

    private static String fieldNames(RuleDefinition definition) {
        return definition.payload().isEmpty() ? "no payload"
                : definition.payload().stream().map(field -> field.name() + " (" + field.type().name()
                        .toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining(", "));
    }

    private UserInputException error(YamlNode node, String problem) {
        return error(node.line(), node.column(), problem);
    }

    private UserInputException error(YamlNode.Entry entry, String problem) {
        return error(entry.line(), entry.column(), problem);
    }

    private UserInputException error(int line, int column, String problem) {
        return new UserInputException("Review policy " + file + ", line " + line + ", column " + column + ": "
                + problem + ".");
    }
}
