package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the rules; this fails when someone changed a rule and not the docs. */
class RuleDocumentationTest {
    private static final Path DOCS = Path.of("docs/rules.md");

    @Test
    void shouldKeepDocsRulesMdUpToDate() throws IOException {
        String expected = RuleDocumentation.render(RuleRegistry.load().definitions());
        if (Boolean.getBoolean("dbgitops.updateDocs")) {
            Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(DOCS)).as("docs/rules.md exists").isTrue();
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: regenerate it with"
                        + " mvn -q test -Dtest=RuleDocumentationTest -Ddbgitops.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void shouldListEveryRuleWithItsExamples() {
        String markdown = RuleDocumentation.render(RuleRegistry.load().definitions());

        RuleRegistry.load().definitions().forEach(definition -> assertThat(markdown)
                .contains("### " + definition.id()).contains(definition.failing().strip())
                .contains(definition.passing().strip()));
    }
}
