package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The compiled index says what the YAML says, and the build's copy is not stale. */
class RuleDefinitionIndexTest {
    private static final Path SOURCES = Path.of("src/main/resources");

    @Test
    void shouldReadBackEveryDefinitionItWrites() throws IOException {
        Map<String, Map<String, RuleDefinition>> fromYaml = fromYaml();
        List<RuleDefinitionIndex.Entry> entries = new ArrayList<>();
        fromYaml.forEach((pkg, definitions) -> definitions.forEach((key, definition) ->
                entries.add(new RuleDefinitionIndex.Entry(pkg, key, definition))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuleDefinitionIndex.write(entries, bytes);

        assertThat(RuleDefinitionIndex.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(fromYaml);
        assertThat(entries).hasSize(187).extracting(entry -> entry.definition().payload().size())
                .anyMatch(size -> size > 1);
    }

    @Test
    void shouldMatchTheYamlInTheBuildsIndex() throws IOException {
        assertThat(RuleDefinitionIndex.read()).as("rule-definitions.bin in target/classes is stale: mvn process-classes")
                .isEqualTo(fromYaml());
    }

    private static Map<String, Map<String, RuleDefinition>> fromYaml() throws IOException {
        Map<String, Map<String, RuleDefinition>> byPackage = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.endsWith("rules.yaml")).sorted().toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                byPackage.put(pkg, RuleDefinitions.readFile(pkg, Files.readString(file)));
            }
        }
        return byPackage;
    }
}
