package io.jenkins.plugins.dbgitops.engine.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule as a policy configures it: its level and payload. Payload values were validated against the rule's
 * {@link PayloadField}s when the policy was loaded, so the typed getters here only fall back to the defaults.
 */
public final class RuleConfig {
    private final RuleDefinition definition;
    private final Level level;
    private final Map<String, Object> payload;
    private final Map<String, Object> values;

    public RuleConfig(RuleDefinition definition, Level level, Map<String, Object> payload) {
        this.definition = definition;
        this.level = level;
        this.payload = Map.copyOf(payload);
        this.values = resolve(definition, this.payload);
    }

    /** The rule at its default level and payload. */
    public static RuleConfig defaults(RuleDefinition definition) {
        return new RuleConfig(definition, definition.defaultLevel(), new HashMap<>());
    }

    public RuleDefinition definition() {
        return definition;
    }

    public Level level() {
        return level;
    }

    public Map<String, Object> payload() {
        return payload;
    }

    public String string(String name) {
        return (String) value(name);
    }

    public int integer(String name) {
        return ((Number) value(name)).intValue();
    }

    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        return (List<String>) value(name);
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null && !values.containsKey(name)) {
            throw new IllegalArgumentException("Rule " + definition.id() + " declares no payload field '" + name + "'");
        }
        return value;
    }

    /** The payload over the declared defaults, resolved once: rules read it on every statement. */
    private static Map<String, Object> resolve(RuleDefinition definition, Map<String, Object> payload) {
        Map<String, Object> values = new HashMap<>();
        definition.payload().forEach(field -> values.put(field.name(), field.defaultValue()));
        values.putAll(payload);
        return values;
    }
}
