package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.review.brokendefinitions.misspelt.MisspeltRule;
import io.jenkins.plugins.dbgitops.engine.review.brokendefinitions.undefined.UndefinedRule;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules' definitions are data; these keep the files and the classes in step. */
class RuleDefinitionsTest {
    private static final Path RULES = Path.of("src/main/resources/io/jenkins/plugins/dbgitops/engine/review/rules");

    @Test
    void shouldDefineEveryRegisteredRuleInItsOwnPackage() {
        for (Rule rule : RuleRegistry.load().newRules()) {
            if (rule.getClass() != io.jenkins.plugins.dbgitops.engine.review.rules.statement.SyntaxErrorRule.class) {
                assertThat(RuleDefinitions.of(rule.getClass()).id()).isEqualTo(rule.definition().id());
            }
        }
    }

    @Test
    void shouldNameOnlyRegisteredClassesInTheFiles() throws IOException {
        Set<String> registered = RuleRegistry.load().newRules().stream().map(rule -> rule.getClass().getName())
                .collect(Collectors.toSet());
        int entries = 0;
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(path -> path.endsWith("rules.yaml")).toList()) {
                String pkg = "io.jenkins.plugins.dbgitops.engine.review.rules." + RULES.relativize(file.getParent())
                        .toString().replace('/', '.');
                for (Map.Entry<String, String> entry : classes(file).entrySet()) {
                    assertThat(registered).as("%s in %s", entry.getKey(), file)
                            .contains(pkg + "." + entry.getValue());
                    entries++;
                }
            }
        }
        assertThat(entries).isEqualTo(registered.size() - 1); // the syntax-error rule is defined by EngineRules
    }

    @Test
    void shouldNameTheFileLineAndKeyOfAMistake() {
        assertThatThrownBy(() -> RuleDefinitions.of(MisspeltRule.class))
                .hasMessage("io/jenkins/plugins/dbgitops/engine/review/brokendefinitions/misspelt/rules.yaml:8:"
                        + " unknown key 'mesage'");
    }

    @Test
    void shouldSayWhereADefinitionIsMissing() {
        assertThatThrownBy(() -> RuleDefinitions.of(UndefinedRule.class))
                .hasMessageContaining("brokendefinitions/undefined/rules.yaml names the class UndefinedRule");
    }

    @Test
    void shouldReadTheEngineRulesFromTheEnginePackage() {
        assertThat(EngineRules.SYNTAX_ERROR.alwaysOn()).isTrue();
        assertThat(EngineRules.UNUSED_SUPPRESSION.reportedByEngine()).isTrue();
        assertThat(EngineRules.SYNTAX_ERROR.reportedByEngine()).isFalse();
    }

    private static Map<String, String> classes(Path file) {
        try {
            YamlNode.Mapping root = (YamlNode.Mapping) new YamlReader((at, problem) -> {
                throw new AssertionError(file + ":" + at + ": " + problem);
            }).read(Files.readString(file));
            return root.entries().values().stream().collect(Collectors.toMap(YamlNode.Entry::key, entry ->
                    ((YamlNode.Scalar) ((YamlNode.Mapping) entry.value()).entries().get("class").value()).text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
