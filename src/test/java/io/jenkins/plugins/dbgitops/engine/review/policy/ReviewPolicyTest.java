package io.jenkins.plugins.dbgitops.engine.review.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.EngineRules;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.TestDefinitions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPolicyTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.of(() -> List.of(
            new FixtureRule("naming.index.idx", Level.WARNING,
                    PayloadField.string("format", "^idx_{{table}}_{{column_list}}$", "the name pattern"),
                    PayloadField.integer("maxLength", 63, "the longest name")),
            new FixtureRule("column.required", Level.ERROR,
                    PayloadField.stringList("list", List.of("id"), "the required columns")),
            new FixtureRule("table.require-pk", Level.ERROR),
            new FixtureRule("statement.syntax-error", Level.ERROR),
            new FixtureRule("security.no-plain-password", Level.ERROR),
            new FixtureRule("table.comment", Level.WARNING, true)));

    @TempDir
    Path directory;

    @Test
    void shouldDeriveProdFromEveryRuleAtItsDefaultLevel() {
        ReviewPolicy prod = ReviewPolicy.prod(REGISTRY);

        // the six fixtures and the engine's own statement.unused-suppression, which every registry holds
        assertThat(prod.configs()).hasSize(7).filteredOn(config -> !config.definition().optIn())
                .allSatisfy(config -> assertThat(config.level()).isEqualTo(config.definition().defaultLevel()));
    }

    @Test
    void shouldLeaveOptInRulesOffInProdAndDevButNotInAll() {
        assertThat(level(ReviewPolicy.prod(REGISTRY), "table.comment")).isEqualTo(Level.OFF);
        assertThat(level(ReviewPolicy.dev(REGISTRY), "table.comment")).isEqualTo(Level.OFF);
        assertThat(level(ReviewPolicy.resolve("all", REGISTRY, SqlEngine.POSTGRESQL), "table.comment"))
                .isEqualTo(Level.WARNING);
    }

    @Test
    void shouldTurnOnAnOptInRuleThatAPolicyNames() throws IOException {
        Path file = write("extends: prod\nrules:\n  table.comment: ERROR\n");

        ReviewPolicy policy = ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.POSTGRESQL);

        assertThat(level(policy, "table.comment")).isEqualTo(Level.ERROR);
    }

    @Test
    void shouldMakeDevLighterButKeepBrokenMigrationsAndSecretsAsErrors() {
        ReviewPolicy dev = ReviewPolicy.dev(REGISTRY);

        assertThat(level(dev, "naming.index.idx")).isEqualTo(Level.OFF);
        assertThat(level(dev, "table.require-pk")).isEqualTo(Level.WARNING);
        assertThat(level(dev, "column.required")).isEqualTo(Level.WARNING);
        assertThat(level(dev, "statement.syntax-error")).isEqualTo(Level.ERROR);
        assertThat(level(dev, "security.no-plain-password")).isEqualTo(Level.ERROR);
    }

    @Test
    void shouldReadAnUnquotedOffAsTheLevelOffThoughYamlMakesItABoolean() throws IOException {
        Path file = write("extends: prod\nrules:\n  table.require-pk: OFF\n  column.required:\n    level: off\n");

        ReviewPolicy policy = ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.POSTGRESQL);

        assertThat(level(ReviewPolicy.prod(REGISTRY), "table.require-pk")).isNotEqualTo(Level.OFF);
        assertThat(level(policy, "table.require-pk")).isEqualTo(Level.OFF);
        assertThat(level(policy, "column.required")).isEqualTo(Level.OFF);
    }

    @Test
    void shouldExtendATemplateWithLevelsAndPayloads() throws IOException {
        Path file = write("extends: dev\nrules:\n  table.require-pk: ERROR\n  naming.index.idx:\n    level: WARNING\n"
                + "    payload:\n      format: \"^ix_{{table}}$\"\n  column.required:\n    payload:\n"
                + "      list: [id, created_at]\n");

        ReviewPolicy policy = ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.POSTGRESQL);

        assertThat(level(policy, "table.require-pk")).isEqualTo(Level.ERROR);
        assertThat(config(policy, "naming.index.idx").string("format")).isEqualTo("^ix_{{table}}$");
        assertThat(config(policy, "naming.index.idx").integer("maxLength")).isEqualTo(63);
        assertThat(config(policy, "column.required").stringList("list")).containsExactly("id", "created_at");
        assertThat(level(policy, "column.required")).isEqualTo(Level.WARNING);
    }

    @Test
    void shouldNameTheLineOfAnUnknownRule() throws IOException {
        Path file = write("extends: prod\nrules:\n  table.require-pk: ERROR\n  table.requir-pk: ERROR\n");

        assertThatThrownBy(() -> ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.POSTGRESQL))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining(file + ", line 4, column 3").hasMessageContaining("unknown rule 'table.requir-pk'");
    }

    @Test
    void shouldNameTheLineOfAPayloadOfTheWrongTypeOrAnUnknownKey() throws IOException {
        Path wrongType = write("rules:\n  naming.index.idx:\n    payload:\n      maxLength: long\n");
        Path unknownKey = write("rules:\n  naming.index.idx:\n    payload:\n      formt: x\n");

        assertThatThrownBy(() -> ReviewPolicy.resolve(wrongType.toString(), REGISTRY, SqlEngine.POSTGRESQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("line 4, column 18")
                .hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> ReviewPolicy.resolve(unknownKey.toString(), REGISTRY, SqlEngine.POSTGRESQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("line 4, column 7")
                .hasMessageContaining("no payload field 'formt'").hasMessageContaining("format (string)");
    }

    @Test
    void shouldRefuseARuleWrittenTwiceWhereTheSecondIs() throws IOException {
        Path twice = write("rules:\n  table.require-pk: ERROR\n  table.require-pk: OFF\n");

        assertThatThrownBy(() -> ReviewPolicy.resolve(twice.toString(), REGISTRY, SqlEngine.POSTGRESQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("line 3, column 3")
                .hasMessageContaining("'table.require-pk' appears twice");
    }

    @Test
    void shouldReportBadLevelsAndBadYamlWithTheirPosition() throws IOException {
        Path badLevel = write("rules:\n  table.require-pk: FATAL\n");
        Path badYaml = write("rules:\n  table.require-pk: [ERROR\n");

        assertThatThrownBy(() -> ReviewPolicy.resolve(badLevel.toString(), REGISTRY, SqlEngine.MYSQL))
                .hasMessageContaining("line 2, column 21").hasMessageContaining("'FATAL' is not a level");
        assertThatThrownBy(() -> ReviewPolicy.resolve(badYaml.toString(), REGISTRY, SqlEngine.MYSQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("line 2, column")
                .hasMessageContaining("is not valid YAML (while parsing a flow sequence)").hasMessageNotContaining("\n");
    }

    @Test
    void shouldAcceptABytebasePolicyAsItIs() throws IOException {
        Path file = write("id: 101\nname: Production\nruleList:\n"
                + "  - type: naming.index.idx\n    level: WARNING\n    engine: POSTGRES\n"
                + "    payload: '{\"format\":\"^idx_{{table}}_{{column_list}}$\",\"maxLength\":64}'\n"
                + "  - type: naming.index.idx\n    level: ERROR\n    engine: MYSQL\n"
                + "    payload: '{\"format\":\"^index_{{table}}$\"}'\n"
                + "  - type: column.required\n    level: ERROR\n    engine: MYSQL\n    payload:\n      list: [id]\n"
                + "  - type: statement.disallow-commit\n    level: DISABLED\n    engine: MYSQL\n"
                + "  - type: table.require-pk\n    level: ERROR\n    engine: ORACLE\n");

        ReviewPolicy postgres = ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.POSTGRESQL);
        ReviewPolicy mariadb = ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.MARIADB);

        assertThat(level(postgres, "naming.index.idx")).isEqualTo(Level.WARNING);
        assertThat(config(postgres, "naming.index.idx").integer("maxLength")).isEqualTo(64);
        assertThat(level(postgres, "column.required")).isEqualTo(Level.OFF);
        assertThat(level(postgres, "table.require-pk")).as("listed for another engine only").isEqualTo(Level.OFF);
        assertThat(level(postgres, "statement.syntax-error")).as("always on, as in Bytebase").isEqualTo(Level.ERROR);
        assertThat(level(mariadb, "naming.index.idx")).isEqualTo(Level.ERROR);
        assertThat(config(mariadb, "naming.index.idx").string("format")).isEqualTo("^index_{{table}}$");
        assertThat(level(mariadb, "column.required")).isEqualTo(Level.ERROR);
    }

    @Test
    void shouldRejectAnEnabledBytebaseRuleDbgitopsDoesNotHave() throws IOException {
        Path file = write("ruleList:\n  - type: statement.disallow-commit\n    level: ERROR\n    engine: MYSQL\n");

        assertThatThrownBy(() -> ReviewPolicy.resolve(file.toString(), REGISTRY, SqlEngine.MYSQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("line 2, column 5")
                .hasMessageContaining("unknown rule 'statement.disallow-commit'");
    }

    @Test
    void shouldRejectAnUnknownTemplateOrMissingFile() {
        assertThatThrownBy(() -> ReviewPolicy.resolve("staging", REGISTRY, SqlEngine.MYSQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("'staging' is neither a file nor a template");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(directory, "policy", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static RuleConfig config(ReviewPolicy policy, String id) {
        return policy.config(id).orElseThrow();
    }

    private static Level level(ReviewPolicy policy, String id) {
        return config(policy, id).level();
    }

    /** A rule that only carries a definition, for policies that need payload fields. */
    private static final class FixtureRule implements Rule {
        private final RuleDefinition definition;

        FixtureRule(String id, Level level, PayloadField... payload) {
            this(id, level, false, payload);
        }

        FixtureRule(String id, Level level, boolean optIn, PayloadField... payload) {
            this.definition = TestDefinitions.definition(id, level, optIn, id.equals(EngineRules.SYNTAX_ERROR.id()),
                    List.of(payload));
        }

        @Override
        public RuleDefinition definition() {
            return definition;
        }

        @Override
        public void check(StatementContext statement, RuleContext rule) {
            // policies only read definitions
        }
    }
}
