package io.jenkins.plugins.dbgitops.engine.review;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Every rule the project ships, found through {@code META-INF/services}. Rule instances keep per-file state, so
 * each review run asks for {@link #newRules() new instances}.
 */
public final class RuleRegistry {
    private final Map<String, RuleDefinition> definitions;
    private final Supplier<List<Rule>> factory;

    private RuleRegistry(Map<String, RuleDefinition> definitions, Supplier<List<Rule>> factory) {
        this.definitions = definitions;
        this.factory = factory;
    }

    /** The rules on the class path of this class's loader (the plugin's, inside Jenkins). */
    public static RuleRegistry load() {
        return of(RuleRegistry::instantiate);
    }

    /** A registry of the rules a factory makes, e.g. for tests of policies with rules of their own. */
    public static RuleRegistry of(Supplier<List<Rule>> factory) {
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        EngineRules.WITHOUT_RULE.forEach(definition -> byId.put(definition.id(), definition));
        for (Rule rule : factory.get()) {
            RuleDefinition previous = byId.putIfAbsent(rule.definition().id(), rule.definition());
            if (previous != null) {
                throw new IllegalStateException("Two rules claim the id " + rule.definition().id());
            }
        }
        return new RuleRegistry(byId, factory);
    }

    /** Definitions sorted by id. */
    public List<RuleDefinition> definitions() {
        return definitions.values().stream().sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** Fresh rule instances for one review run, sorted by id. */
    public List<Rule> newRules() {
        return factory.get().stream().sorted(Comparator.comparing(rule -> rule.definition().id())).toList();
    }

    private static List<Rule> instantiate() {
        return ServiceLoader.load(Rule.class, Rule.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
