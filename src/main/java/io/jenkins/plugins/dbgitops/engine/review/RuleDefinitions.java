package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * loads the rule, with the file and line. The build compiles them into a {@link RuleDefinitionIndex}, which is what
 * a packaged review reads.
 */
public final class RuleDefinitions {
    private static final String FILE = "rules.yaml";
    /** Engine rules have no class; they are kept under their id behind this mark, which no class name starts with. */
    private static final String ENGINE_RULE = "#";
    private static final Set<String> KEYS = Set.of("class", "title", "origin", "engines", "defaultLevel", "optIn",
            "alwaysOn", "reportedByEngine", "message", "help", "description", "failing", "passing", "payload");
    private static final Set<String> PAYLOAD_KEYS = Set.of("name", "type", "default", "description");

    /** The build's compiled index, read once: package name to class name (or {@code #id}) to definition. */
    private static final class Index {
        static final Map<String, Map<String, RuleDefinition>> BY_PACKAGE = RuleDefinitionIndex.read();
    }

    /** Packages the index lacks (an IDE that skipped the build step, tests' own rules), read from their YAML. */
    private static final Map<String, Map<String, RuleDefinition>> FROM_YAML = new ConcurrentHashMap<>();
    private static final ClassValue<RuleDefinition> OF_CLASS = new ClassValue<>() {
        @Override
        protected RuleDefinition computeValue(Class<?> type) {
            RuleDefinition definition = file(type).get(type.getSimpleName());
            if (definition == null) {
                throw new IllegalStateException("No rule in " + resource(type) + " names the class "
                        + type.getSimpleName() + ": add its definition there");
            }
            return definition;
        }
    };

    private RuleDefinitions() {
    }

    /** The definition of the rule a class implements, from the {@code rules.yaml} of the class's package. */
    public static RuleDefinition of(Class<?> ruleClass) {
        return OF_CLASS.get(ruleClass);
    }

    /** The definition of an id in the {@code rules.yaml} of the given class's package. */
    static RuleDefinition byId(Class<?> anchor, String id) {
        RuleDefinition definition = file(anchor).get(ENGINE_RULE + id);
        if (definition == null) {
            throw new IllegalStateException(resource(anchor) + " defines no engine rule " + id);
        }
        return definition;
    }

    /** The definitions of the class's package, by class name ({@code #id} for an engine rule, which has none). */
    private static Map<String, RuleDefinition> file(Class<?> anchor) {
        Map<String, RuleDefinition> indexed = Index.BY_PACKAGE.get(anchor.getPackageName());
        return indexed != null ? indexed : FROM_YAML.computeIfAbsent(anchor.getPackageName(), name -> read(anchor));
    }

    private static String resource(Class<?> anchor) {
        return anchor.getPackageName().replace('.', '/') + "/" + FILE;
    }

    private static Map<String, RuleDefinition> read(Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(resource(anchor) + " is missing from the class path");
            }
            return readFile(anchor.getPackageName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource(anchor), e);
        }
    }

    /** One package's {@code rules.yaml}: its definitions by class name ({@code #id} for an engine rule). */
    static Map<String, RuleDefinition> readFile(String packageName, String text) {
        Fields fields = new Fields(packageName.replace('.', '/') + "/" + FILE);
        Map<String, RuleDefinition> byClass = new LinkedHashMap<>();
        YamlNode root = new YamlReader(fields::error).read(text);
        for (YamlNode.Entry entry : fields.mapping(root).entries().values()) {
            YamlNode.Mapping rule = fields.mapping(entry.value());
            fields.checkKeys(rule, KEYS);
            String className = fields.optionalText(rule, "class");
            String key = className == null ? ENGINE_RULE + entry.key() : className;
            byClass.put(key, definition(entry.key(), rule, fields));
        }
        return byClass;
    }

    private static RuleDefinition definition(String id, YamlNode.Mapping rule, Fields fields) {
        List<PayloadField> payload = new ArrayList<>();
        YamlNode.Entry payloadEntry = rule.entries().get("payload");
        if (payloadEntry != null) {
            for (YamlNode field : fields.sequence(payloadEntry.value())) {
                payload.add(payloadField(fields.mapping(field), fields));
            }
        }
        return new RuleDefinition(id, fields.text(rule, "title"), fields.text(rule, "origin"), engines(rule, fields),
                Level.parse(fields.text(rule, "defaultLevel")), fields.text(rule, "message"),
                fields.text(rule, "help"), fields.text(rule, "description"), fields.text(rule, "failing"),
                fields.text(rule, "passing"), payload, fields.flag(rule, "optIn"), fields.flag(rule, "alwaysOn"),
                fields.flag(rule, "reportedByEngine"));
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
        UserInputException error(TextPosition at, String problem) {
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
