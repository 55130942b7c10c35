package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Generates {@code docs/rules.md} from the rules' own definitions, so the documentation cannot drift. */
public final class RuleDocumentation {
    private RuleDocumentation() {
    }

    /** Writes the rule reference to the path given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.writeString(target, render(RuleRegistry.load().definitions()), StandardCharsets.UTF_8);
    }

    /** The Markdown rule reference: a summary table, then one section a rule, grouped by category. */
    public static String render(List<RuleDefinition> definitions) {
        StringBuilder out = new StringBuilder();
        out.append("# SQL review rules\n\n")
                .append("<!-- Generated from the rule classes by RuleDocumentation; do not edit by hand. -->\n\n")
                .append(String.format("%d rules: %d for PostgreSQL, %d for MySQL, %d for MariaDB.%n%n",
                        definitions.size(), countFor(definitions, SqlEngine.POSTGRESQL),
                        countFor(definitions, SqlEngine.MYSQL), countFor(definitions, SqlEngine.MARIADB)))
                .append("Rules marked *opt-in* are house style or organisation policy: the `prod` and `dev` templates"
                        + " leave them off; a policy turns them on by naming them, or with the `all` template.\n\n")
                .append("| Rule | Title | Engines | Default level | Origin |\n|---|---|---|---|---|\n");
        for (RuleDefinition definition : definitions) {
            out.append(String.format("| [`%s`](#%s) | %s | %s | %s | %s |%n", definition.id(), anchor(definition.id()),
                    definition.title(), engines(definition), level(definition), definition.origin()));
        }
        Map<String, List<RuleDefinition>> byCategory = new TreeMap<>(definitions.stream()
                .collect(Collectors.groupingBy(RuleDefinition::category)));
        byCategory.forEach((category, rules) -> {
            out.append("\n## ").append(category).append("\n");
            rules.forEach(definition -> section(out, definition));
        });
        return out.toString();
    }

    private static void section(StringBuilder out, RuleDefinition definition) {
        out.append("\n### ").append(definition.id()).append("\n\n")
                .append("**").append(definition.title()).append("** · ").append(engines(definition))
                .append(" · default ").append(level(definition)).append(" · ").append(definition.origin())
                .append("\n\n").append(definition.description()).append("\n\n")
                .append("- Finding: ").append(definition.message()).append("\n")
                .append("- Fix: ").append(definition.help()).append("\n");
        if (!definition.payload().isEmpty()) {
            out.append("- Payload:\n");
            for (PayloadField field : definition.payload()) {
                out.append("  - `").append(field.name()).append("` (").append(field.type().name().toLowerCase())
                        .append(", default `").append(field.defaultValue()).append("`): ").append(field.description())
                        .append("\n");
            }
        }
        out.append("\nFails:\n\n```sql\n").append(definition.failing().strip()).append("\n```\n\n")
                .append("Passes:\n\n```sql\n").append(definition.passing().strip()).append("\n```\n");
    }

    private static String level(RuleDefinition definition) {
        return definition.defaultLevel() + (definition.optIn() ? " (opt-in)" : "");
    }

    private static long countFor(List<RuleDefinition> definitions, SqlEngine engine) {
        return definitions.stream().filter(definition -> definition.appliesTo(engine)).count();
    }

    private static String engines(RuleDefinition definition) {
        return definition.engines().stream().sorted().map(SqlEngine::id).collect(Collectors.joining(", "));
    }

    private static String anchor(String id) {
        return id.replace(".", "");
    }
}
