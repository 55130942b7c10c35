package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates the migrations of the test corpus and the rules' own examples at random (seeded, so a failure repeats) and
 * reviews the mutants with every rule on: no rule may fail on them, and each batch must render valid SARIF.
 */
class ReviewFuzzTest {
    private static final long SEED = 20_261_205L;
    private static final int MUTANTS = 5_000;
    private static final int BATCH = 50;
    private static final Duration TIME_BOX = Duration.ofSeconds(90);
    /** Fragments that open or close lexical constructs and statements: where hand-written scanners go wrong. */
    private static final List<String> FRAGMENTS = List.of("'", "''", "\"", "`", "$$", "$tag$", "/*", "*/", "--",
            "#", "(", ")", ";", "\\", "E'", "BEGIN", "END", "COMMIT", "DELIMITER //\n", "//", "CONCURRENTLY",
            "NOT NULL", "DEFAULT", "PRIMARY KEY", "IF EXISTS", "CASCADE", ",", ".", "\n", "\u00e9", "0x", "?", "$1");

    @Test
    void shouldReviewThousandsOfMutatedMigrationsWithoutARuleFailing() throws IOException, URISyntaxException {
        RuleRegistry registry = RuleRegistry.load();
        List<String> seeds = seeds(registry);
        Random random = new Random(SEED);
        long deadline = System.nanoTime() + TIME_BOX.toNanos();
        int reviewed = 0;
        while (reviewed < MUTANTS && System.nanoTime() < deadline) {
            SqlEngine engine = SqlEngine.values()[random.nextInt(SqlEngine.values().length)];
            List<ReviewFile> batch = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                String mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
                batch.add(ReviewFile.ddl("V" + (reviewed + i + 1) + "__mutant.sql", mutant));
            }
            ReviewPolicy policy = ReviewPolicy.resolve(ReviewPolicy.ALL, registry, engine);
            ReviewResult result = ReviewEngine.create(engine, policy.configs(), registry, SqlParser.withDefaults())
                    .review(List.of(), batch, false);
            ReviewReport report = new ReviewReport(result, policy.enabledRules(), engine, policy.name(),
                    Level.ERROR, "");

            List<Finding> failures = result.findings().stream().filter(ReviewEngine::isRuleFailure).toList();
            assertThat(failures).as("seed %d, %s: %s", SEED, engine, failures.stream().findFirst()
                    .map(failure -> batch.stream().filter(file -> file.script().equals(failure.file())).findFirst()
                            .orElseThrow().content()).orElse("")).isEmpty();
            assertThat(SarifSchema.validate(new ObjectMapper().readTree(report.render(ReportFormat.SARIF))))
                    .isEmpty();
            reviewed += BATCH;
        }
        assertThat(reviewed).as("mutants reviewed within %s", TIME_BOX).isGreaterThanOrEqualTo(1_000);
    }

    /** One to four random edits: insert a fragment, delete, duplicate or move a span. */
    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int edit = 0; edit < edits; edit++) {
            int at = random.nextInt(text.length() + 1);
            int span = Math.min(text.length() - at, random.nextInt(40));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 1 -> text.delete(at, at + span);
                case 2 -> text.insert(at, text.substring(at, at + span));
                default -> {
                    String moved = text.substring(at, at + span);
                    text.delete(at, at + span);
                    text.insert(random.nextInt(text.length() + 1), moved);
                }
            }
        }
        return text.toString();
    }

    private static List<String> seeds(RuleRegistry registry) throws IOException, URISyntaxException {
        List<String> seeds = new ArrayList<>();
        Path corpus = Path.of(ReviewFuzzTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
        for (RuleDefinition definition : registry.definitions()) {
            seeds.add(definition.failing());
            seeds.add(definition.passing());
        }
        return seeds;
    }
}
