package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImpactTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A table without a key cannot be replicated.|a table without a key cannot be replicated.",
        "GRANT ALL gives every privilege.|GRANT ALL gives every privilege.",
        "CHANGE COLUMN renames and redefines.|CHANGE COLUMN renames and redefines."
    })
    void shouldContinueASentenceWithoutManglingKeywords(String message, String continued) {
        assertThat(Impact.continuing(message)).isEqualTo(continued);
    }
}
