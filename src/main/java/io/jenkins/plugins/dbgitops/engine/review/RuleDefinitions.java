package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the rules' definitions: each rule package has a {@code rules.yaml} beside its classes that defines its rules
 * by id, naming the class that implements each (field names as in {@link RuleDefinition}). A rule's documentation
 * is data, not code: 187 builder chains of the same shape said nothing the file does not say more plainly.
 *
 * <p>The files ship in the jar, so a mistake in one is the project's bug, not the user's: it fails every test that
 * loads the rule, with the file and line.
 */
public final class RuleDefinitions {
    private static final String FILE = "rules.yaml";
    private static final Set<String> KEYS = Set.of("class", "title", "origin", "engines", "defaultLevel", "optIn",
            "alwaysOn", "reportedByEngine", "message", "help", "description", "failing", "passing", "payload");
    private static final Set<String> PAYLOAD_KEYS = Set.of("name", "type", "default", "description");
    /** One parse per package; the map's classes are the rules' own, so it lives and dies with their loader. */
    private static final Map<String, Map<String, Defined>> BY_PACKAGE = new ConcurrentHashMap<>();
    private static final ClassValue<RuleDefinition> OF_CLASS = new ClassValue<>() {
        @Override
        protected RuleDefinition computeValue(Class<?> type) {
            String name = type.getSimpleName();
            return file(type).values().stream().filter(defined -> name.equals(defined.className())).findFirst()
                    .map(Defined::definition)
                    .orElseThrow(() -> new IllegalStateException("No rule in " + resource(type) + " names the class "
                            + name + ": add its definition there"));
        }
    };

    /** A definition and the class its file says implements it ({@code null} for engine-reported rules). */
    private record Defined(String className, RuleDefinition definition) {
    }

    private RuleDefinitions() {
    }

    /** The definition of the rule a class implements, from the {@code rules.yaml} of the class's package. */
    public static RuleDefinition of(Class<?> ruleClass) {
        return OF_CLASS.get(ruleClass);
    }

    /** The definition of an id in the {@code rules.yaml} of the given class's package. */
    static RuleDefinition byId(Class<?> anchor, String id) {
        Defined defined = file(anchor).get(id);
        if (defined == null) {
            throw new IllegalStateException(resource(anchor) + " defines no rule " + id);
        }
        return defined.definition();
    }

    private static Map<String, Defined> file(Class<?> anchor) {
        return BY_PACKAGE.computeIfAbsent(anchor.getPackageName(), name -> read(anchor));
    }

    private static String resource(Class<?> anchor) {
        return anchor.getPackageName().replace('.', '/') + "/" + FILE;
    }

    private static Map<String, Defined> read(Class<?> anchor) {
        String where = resource(anchor);
        String text;
        try (InputStream in = anchor.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(where + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + where, e);
        }
        Fields fields = new Fields(where);
        Map<String, Defined> byId = new LinkedHashMap<>();
        YamlNode root = new YamlReader(fields::error).read(text);
        for (YamlNode.Entry entry : fields.mapping(root).entries().values()) {
            YamlNode.Mapping rule = fields.mapping(entry.value());
            fields.checkKeys(rule, KEYS);
            byId.put(entry.key(), new Defined(fields.optionalText(rule, "class"), definition(entry.key(), rule, fields)));
        }
        return Map.copyOf(byId);
    }

    private static RuleDefinition definition(String id, YamlNode.Mapping rule, Fields fields) {
        RuleDefinition.Builder builder = RuleDefinition.builder(id)
                .title(fields.text(rule, "title"))
                .origin(fields.text(rule, "origin"))
                .engines(engines(rule, fields))
                .defaultLevel(Level.parse(fields.text(rule, "defaultLevel")))
                .message(fields.text(rule, "message"))
                .help(fields.text(rule, "help"))
                .description(fields.text(rule, "description"))
                .failing(fields.text(rule, "failing"))
                .passing(fields.text(rule, "passing"));
        if (fields.flag(rule, "optIn")) {
            builder.optIn();
        }
        if (fields.flag(rule, "alwaysOn")) {
            builder.alwaysOn();
        }
        if (fields.flag(rule, "reportedByEngine")) {
            builder.reportedByEngine();
        }
        YamlNode.Entry payload = rule.entries().get("payload");
        if (payload != null) {
            for (YamlNode field : fields.sequence(payload.value())) {
                builder.payload(payloadField(fields.mapping(field), fields));
            }
        }
        return builder.build();
    }

    private static Set<SqlEngine> engines(YamlNode.Mapping rule, Fields fields) {
        Set<SqlEngine> engines = EnumSet.noneOf(SqlEngine.class);
        for (YamlNode engine : fields.sequence(fields.required(rule, "engines"))) {
            engines.add(SqlEngine.fromName(fields.scalar(engine)));
        }
        return engines;
    }

    private static PayloadField payloadField(YamlNode.Mapping field, Fields fields) {
        fields.checkKeys(field, PAYLOAD_KEYS);
        String name = fields.text(field, "name");
        String description = fields.text(field, "description");
        YamlNode value = fields.required(field, "default");
        return switch (fields.text(field, "type")) {
            case "string" -> PayloadField.string(name, fields.scalar(value), description);
            case "integer" -> PayloadField.integer(name, Integer.parseInt(fields.scalar(value)), description);
            case "boolean" -> PayloadField.bool(name, Boolean.parseBoolean(fields.scalar(value)), description);
            case "string-list" -> PayloadField.stringList(name,
                    fields.sequence(value).stream().map(fields::scalar).toList(), description);
            default -> throw fields.error(field.location(), "type is one of string, integer, boolean, string-list");
        };
    }

    /** Typed reads that name the file and line of a wrong shape. */
    private record Fields(String where) {
        UserInputException error(YamlNode.Location at, String problem) {
            return new UserInputException(where + ":" + at.line() + ": " + problem);
        }

        YamlNode.Mapping mapping(YamlNode node) {
            if (node instanceof YamlNode.Mapping mapping) {
                return mapping;
            }
            throw error(node.location(), "expected a mapping, found " + node.kind());
        }

        List<YamlNode> sequence(YamlNode node) {
            if (node instanceof YamlNode.Sequence sequence) {
                return sequence.items();
            }
            throw error(node.location(), "expected a list, found " + node.kind());
        }

        void checkKeys(YamlNode.Mapping mapping, Set<String> allowed) {
            for (YamlNode.Entry entry : mapping.entries().values()) {
                if (!allowed.contains(entry.key())) {
                    throw error(entry.keyLocation(), "unknown key '" + entry.key() + "'");
                }
            }
        }

        YamlNode required(YamlNode.Mapping mapping, String key) {
            YamlNode.Entry entry = mapping.entries().get(key);
            if (entry == null) {
                throw error(mapping.location(), "'" + key + "' is missing");
            }
            return entry.value();
        }

        String scalar(YamlNode node) {
            if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                return scalar.text();
            }
            throw error(node.location(), "expected a single value, found " + node.kind());
        }

        String text(YamlNode.Mapping mapping, String key) {
            return scalar(required(mapping, key));
        }

        String optionalText(YamlNode.Mapping mapping, String key) {
            return mapping.entries().containsKey(key) ? text(mapping, key) : null;
        }

        boolean flag(YamlNode.Mapping mapping, String key) {
            if (!mapping.entries().containsKey(key)) {
                return false;
            }
            String value = text(mapping, key).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw error(mapping.entries().get(key).keyLocation(), "'" + key + "' is true or false");
            }
            return value.equals("true");
        }
    }
}
