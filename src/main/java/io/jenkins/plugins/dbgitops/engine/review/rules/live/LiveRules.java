package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import java.util.Collection;
import java.util.List;

/** Connects the database-backed rules of a registry to a review's database. */
public final class LiveRules {
    private LiveRules() {
    }

    /** The registry whose new rule instances are attached to {@code database}. */
    public static RuleRegistry bind(RuleRegistry registry, LiveDatabase database) {
        return RuleRegistry.of(() -> {
            List<Rule> rules = registry.newRules();
            for (Rule rule : rules) {
                if (rule instanceof DatabaseRule databaseRule) {
                    databaseRule.attach(database);
                }
            }
            return rules;
        });
    }

    /**
     * The ids of the enabled rules that need a database, sorted: skipped when the review has none, which the front
     * ends say rather than letting them pass silently.
     */
    public static List<String> needingDatabase(RuleRegistry registry, Collection<RuleDefinition> enabled) {
        List<String> databaseRules = registry.newRules().stream().filter(DatabaseRule.class::isInstance)
                .map(rule -> rule.definition().id()).toList();
        return enabled.stream().map(RuleDefinition::id).filter(databaseRules::contains).sorted().toList();
    }
}
