package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Squawk's own rule tests (src/test/resources/review/parity/squawk-cases.json, extracted by the script beside it
 * from the commit the file names) run against the rules whose origin names the Squawk rule, and scored case by case
 * on strict lines: a case agrees when our rules report exactly the lines Squawk's snapshot shows (none for
 * {@code lint_ok}). Squawk's default {@code assume_in_transaction: false} means a file that runs without a
 * transaction here; {@code true}, a file dbgitops wraps in one.
 *
 * <p>The score may only go up: raise {@link #AGREEING} when a change makes more cases agree.
 */
class SquawkParityTest {
    /** Squawk rules that one rule of ours covers with a payload, as a policy following that Squawk rule sets it. */
    private static final Map<String, Map<String, Object>> SETTINGS = Map.of(
            "prefer-bigint-over-int", Map.of("list", List.of("int")),
            "prefer-bigint-over-smallint", Map.of("list", List.of("smallint")),
            "require-table-schema", Map.of("alterAndDrop", true));

    /** Cases agreeing when last measured; see docs/review.md. */
    static final int AGREEING = 242;

    @Test
    void shouldAgreeWithSquawkOnAtLeastTheMeasuredNumberOfItsOwnCases() throws IOException {
        JsonNode cases = read();
        RuleRegistry registry = RuleRegistry.load();
        List<String> disagreements = new ArrayList<>();
        int agreeing = 0;
        int total = 0;
        for (JsonNode testCase : cases.get("cases")) {
            total++;
            List<RuleDefinition> ours = rulesFor(registry, testCase.get("rule").asText());
            Set<Integer> expected = new TreeSet<>();
            testCase.get("lines").forEach(line -> expected.add(line.asInt()));
            Set<Integer> actual = ours.isEmpty() ? Set.of(-1) : linesReported(registry, ours, testCase);
            if (actual.equals(expected)) {
                agreeing++;
            } else {
                disagreements.add(testCase.get("test").asText() + " [" + testCase.get("rule").asText() + " -> "
                        + ours.stream().map(RuleDefinition::id).toList() + "] expected lines " + expected
                        + ", got " + actual);
            }
        }
        Path report = Path.of("target", "squawk-parity.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "Squawk " + cases.get("commit").asText() + ": " + agreeing + " / " + total
                + " cases agree\n" + String.join("\n", disagreements) + "\n");

        assertThat(agreeing).as("cases agreeing with Squawk %s of %d (disagreements in %s)",
                cases.get("commit").asText(), total, report).isGreaterThanOrEqualTo(AGREEING);
    }

    /** Our rules whose origin names the Squawk rule (require-timeout-settings names both timeout rules). */
    static List<RuleDefinition> rulesFor(RuleRegistry registry, String squawkRule) {
        String name = squawkRule.equals("prefer-timestamp-tz") ? "prefer-timestamptz" : squawkRule;
        List<RuleDefinition> rules = new ArrayList<>();
        for (RuleDefinition definition : registry.definitions()) {
            for (String part : definition.origin().split("; ")) {
                if (part.startsWith("Squawk: ") && List.of(part.substring(8).split(", ")).contains(name)) {
                    rules.add(definition);
                }
            }
        }
        return rules;
    }

    private static Set<Integer> linesReported(RuleRegistry registry, List<RuleDefinition> rules, JsonNode testCase) {
        boolean inTransaction = testCase.get("assumeInTransaction").asBoolean();
        Map<String, Object> settings = SETTINGS.getOrDefault(testCase.get("rule").asText(), Map.of());
        JsonNode version = testCase.get("postgresVersion");
        List<RuleConfig> configs = rules.stream().map(rule -> {
            Map<String, Object> payload = new HashMap<>(settings);
            if (!version.isNull() && rule.payload().stream().anyMatch(field -> field.name().equals("postgresVersion"))) {
                payload.put("postgresVersion", (int) Double.parseDouble(version.asText())); // Squawk's pg_version
            }
            return payload.isEmpty() ? RuleConfig.defaults(rule) : new RuleConfig(rule, rule.defaultLevel(), payload);
        }).toList();
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL, configs, registry, SqlParser.withDefaults());
        ReviewFile file = new ReviewFile("V1__squawk_case.sql", testCase.get("sql").asText(), ChangeType.DDL,
                !inTransaction);
        ReviewResult result = engine.review(List.of(), List.of(file), false);
        Set<Integer> lines = new TreeSet<>();
        for (Finding finding : result.findings()) {
            if (rules.stream().anyMatch(rule -> rule.id().equals(finding.ruleId()))) {
                lines.add(finding.line());
            }
        }
        return lines;
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = SquawkParityTest.class.getResourceAsStream("/review/parity/squawk-cases.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
