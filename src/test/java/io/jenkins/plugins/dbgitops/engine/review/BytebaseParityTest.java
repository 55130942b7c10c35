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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Bytebase's own advisor tests (src/test/resources/review/parity/bytebase-cases.json, extracted by the script beside
 * it) run against our rule of the same id, with the payload Bytebase's test gives it, after the DDL of Bytebase's
 * mock database ({@code utils_for_tests.go}: tech_book, orders, ...), scored per engine on strict lines: a case
 * agrees when we report exactly the lines Bytebase wants. Cases of rules we do not implement are not scored.
 *
 * <p>The scores may only go up: raise {@link #AGREEING} when a change makes more cases agree.
 */
class BytebaseParityTest {
    /** Cases agreeing per engine when last measured; see docs/review.md. */
    static final Map<SqlEngine, Integer> AGREEING = Map.of(SqlEngine.POSTGRESQL, 330, SqlEngine.MYSQL, 501);

    /** Bytebase's MockPostgreSQLDatabase as DDL. */
    private static final String POSTGRES_MOCK = """
            CREATE TABLE tech_book (id integer, name text, creator text, CONSTRAINT old_pk PRIMARY KEY (id, name));
            CREATE UNIQUE INDEX old_uk ON tech_book (id, name);
            CREATE INDEX old_index ON tech_book (id, name);
            CREATE TABLE orders (order_id integer, customer_name text, amount numeric, note text, name text,
                CONSTRAINT orders_pkey PRIMARY KEY (order_id));
            CREATE INDEX idx_orders_customer ON orders (customer_name);
            CREATE INDEX idx_orders_amount ON orders (amount);
            CREATE TABLE products (product_id integer, title text, price numeric,
                CONSTRAINT products_pkey PRIMARY KEY (product_id));
            CREATE INDEX idx_products_price ON products (price);
            CREATE TABLE no_index_table (col_a integer, col_b text);
            CREATE TABLE insert_target (id integer, name text);
            """;
    /** Bytebase's MockMySQLDatabase as DDL. */
    private static final String MYSQL_MOCK = """
            CREATE TABLE tech_book (id int, name varchar(255), creator varchar(255), PRIMARY KEY (id, name),
                UNIQUE KEY old_uk (id, name), KEY old_index (id, name));
            CREATE TABLE orders (order_id int, customer_name varchar(255), amount decimal(10,2), note varchar(255),
                name varchar(255), PRIMARY KEY (order_id), KEY idx_customer (customer_name), KEY idx_amount (amount));
            """;

    @Test
    void shouldAgreeWithBytebaseOnAtLeastTheMeasuredNumberOfItsOwnCases() throws IOException {
        JsonNode cases = read();
        RuleRegistry registry = RuleRegistry.load();
        Map<SqlEngine, int[]> scores = new HashMap<>();
        List<String> disagreements = new ArrayList<>();
        for (JsonNode testCase : cases.get("cases")) {
            SqlEngine engine = SqlEngine.valueOf(testCase.get("engine").asText().toUpperCase(Locale.ROOT));
            Optional<RuleDefinition> ours = ours(registry, testCase.get("rule").asText());
            if (ours.isEmpty() || !ours.get().appliesTo(engine)) {
                continue;
            }
            int[] score = scores.computeIfAbsent(engine, key -> new int[2]);
            score[1]++;
            Set<Integer> expected = new TreeSet<>();
            testCase.get("lines").forEach(line -> expected.add(line.asInt()));
            Set<Integer> actual = linesReported(registry, ours.get(), engine, testCase);
            if (actual.equals(expected)) {
                score[0]++;
            } else {
                disagreements.add(engine + " " + ours.get().id() + " #" + testCase.get("index").asInt()
                        + " expected lines " + expected + ", got " + actual + ": "
                        + testCase.get("statement").asText().replace('\n', ' '));
            }
        }
        Path report = Path.of("target", "bytebase-parity.txt");
        Files.createDirectories(report.getParent());
        StringBuilder summary = new StringBuilder("Bytebase " + cases.get("commit").asText() + "\n");
        scores.forEach((engine, score) -> summary.append(engine).append(": ").append(score[0]).append(" / ")
                .append(score[1]).append(" cases agree\n"));
        Files.writeString(report, summary + String.join("\n", disagreements) + "\n");

        for (Map.Entry<SqlEngine, Integer> floor : AGREEING.entrySet()) {
            assertThat(scores.get(floor.getKey())[0]).as("%s cases agreeing with Bytebase (see %s)", floor.getKey(),
                    report).isGreaterThanOrEqualTo(floor.getValue());
        }
    }

    /**
     * Our rule whose dotted id is Bytebase's enum name (TABLE_REQUIRE_PK is table.require-pk), or whose origin names
     * the enum where Bytebase renamed the rule ("Bytebase: BUILTIN_PRIOR_BACKUP_CHECK").
     */
    private static Optional<RuleDefinition> ours(RuleRegistry registry, String bytebaseType) {
        return registry.definitions().stream().filter(definition -> definition.origin().startsWith("Bytebase"))
                .filter(definition -> definition.id().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')
                        .equals(bytebaseType) || definition.origin().equals("Bytebase: " + bytebaseType))
                .findFirst();
    }

    private static Set<Integer> linesReported(RuleRegistry registry, RuleDefinition rule, SqlEngine engine,
            JsonNode testCase) {
        Map<String, Object> payload = new HashMap<>();
        Set<String> declared = new HashSet<>();
        rule.payload().forEach(field -> declared.add(field.name()));
        testCase.get("payload").fields().forEachRemaining(field -> {
            if (declared.contains(field.getKey())) {
                payload.put(field.getKey(), new ObjectMapper().convertValue(field.getValue(), Object.class));
            }
        });
        ReviewEngine review = ReviewEngine.create(engine, List.of(new RuleConfig(rule, rule.defaultLevel(), payload)),
                registry, SqlParser.withDefaults());
        ChangeType type = testCase.get("changeType").asInt() == 2 ? ChangeType.DML : ChangeType.DDL;
        ReviewFile mock = ReviewFile.ddl("V1__bytebase_mock.sql", engine == SqlEngine.POSTGRESQL ? POSTGRES_MOCK
                : MYSQL_MOCK);
        ReviewFile file = new ReviewFile("V2__bytebase_case.sql", testCase.get("statement").asText(), type, false);
        ReviewResult result = review.review(List.of(mock), List.of(file), true);
        Set<Integer> lines = new TreeSet<>();
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(rule.id()) && finding.file().equals(file.script())) {
                lines.add(finding.line());
            }
        }
        return lines;
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = BytebaseParityTest.class.getResourceAsStream("/review/parity/bytebase-cases.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
