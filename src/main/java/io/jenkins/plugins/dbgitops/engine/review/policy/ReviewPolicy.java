package io.jenkins.plugins.dbgitops.engine.review.policy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules a review runs, at which level and with which payload. Built from a template ({@code prod},
 * {@code dev}), a policy file that extends one, or a Bytebase SQL review policy. Templates are derived from the
 * rule registry, so a newly added rule is covered without editing them.
 *
 * @param name     where the policy came from: a template name or a file path
 * @param byRuleId one configuration per registered rule, including those that are {@link Level#OFF}, by rule id
 */
public record ReviewPolicy(String name, Map<String, RuleConfig> byRuleId) {
    /** Every safety, correctness and security rule at its default level: what a production database deserves. */
    public static final String PROD = "prod";
    /** Every rule, opt-in house-style rules included, at its default level. */
    public static final String ALL = "all";
    /** Lighter for development databases, see {@link #dev}. */
    public static final String DEV = "dev";
    /** Rules that stay errors in {@code dev}: their findings mean the migration fails or leaks a secret. */
    static final Set<String> DEV_KEEPS_ERRORS_OF = Set.of("statement.syntax-error", "builtin.walk-through-check");
    static final String DEV_KEEPS_ERRORS_OF_CATEGORY = "security";

    public ReviewPolicy {
        byRuleId = Map.copyOf(byRuleId);
    }

    /** One configuration per registered rule, including those that are {@link Level#OFF}. */
    public Collection<RuleConfig> configs() {
        return byRuleId.values();
    }

    public Optional<RuleConfig> config(String ruleId) {
        return Optional.ofNullable(byRuleId.get(ruleId));
    }

    /** The enabled rules' definitions, sorted by id. */
    public List<RuleDefinition> enabledRules() {
        return byRuleId.values().stream().filter(config -> config.level() != Level.OFF)
                .map(RuleConfig::definition).sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    /** The {@code prod} template: every rule at its default level and payload, opt-in rules off. */
    public static ReviewPolicy prod(RuleRegistry registry) {
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        registry.definitions().forEach(definition -> configs.put(definition.id(), definition.optIn()
                ? new RuleConfig(definition, Level.OFF, Map.of()) : RuleConfig.defaults(definition)));
        return new ReviewPolicy(PROD, configs);
    }

    /** The {@code all} template: every rule, opt-in ones included, at its default level and payload. */
    public static ReviewPolicy all(RuleRegistry registry) {
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        registry.definitions().forEach(definition -> configs.put(definition.id(), RuleConfig.defaults(definition)));
        return new ReviewPolicy(ALL, configs);
    }

    /**
     * The {@code dev} template: naming rules off (names are settled before production), every other error a
     * warning, except syntax errors, references to missing tables or columns, and security rules, which stay errors
     * because they break the migration or leak secrets in any environment.
     */
    public static ReviewPolicy dev(RuleRegistry registry) {
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        for (RuleDefinition definition : registry.definitions()) {
            Level level = definition.defaultLevel();
            if (definition.optIn() || definition.category().equals("naming")) {
                level = Level.OFF;
            } else if (level == Level.ERROR && !DEV_KEEPS_ERRORS_OF.contains(definition.id())
                    && !definition.category().equals(DEV_KEEPS_ERRORS_OF_CATEGORY)) {
                level = Level.WARNING;
            }
            configs.put(definition.id(), new RuleConfig(definition, level, Map.of()));
        }
        return new ReviewPolicy(DEV, configs);
    }

    /** A built-in template by name. */
    public static Optional<ReviewPolicy> template(String name, RuleRegistry registry) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case PROD -> Optional.of(prod(registry));
            case DEV -> Optional.of(dev(registry));
            case ALL -> Optional.of(all(registry));
            default -> Optional.empty();
        };
    }

    /**
     * A template name or a policy file (ours or Bytebase's). A name that is both an existing file and a template
     * means the file.
     *
     * @param engine the engine under review, which selects a Bytebase policy's entries
     * @throws UserInputException for a missing or malformed file, naming the line and column
     */
    public static ReviewPolicy resolve(String fileOrTemplate, RuleRegistry registry, SqlEngine engine) {
        Path path = Path.of(fileOrTemplate);
        if (Files.isRegularFile(path)) {
            return PolicyReader.read(path, registry, engine);
        }
        return template(fileOrTemplate, registry).orElseThrow(() -> new UserInputException("Review policy '"
                + fileOrTemplate + "' is neither a file nor a template: give the path of a policy YAML file, or "
                + PROD + ", " + DEV + " or " + ALL + "."));
    }
}
