package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonTransactionalStatementsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", ";", "(", "CREATE", "CREATE INDEX CONCURRENTLY I ON T(A)", "(CREATE INDEX)",
            "ALTER TABLE T DETACH PARTITION P CONCURRENTLY;", "A,,B", "A \t\n\u000B\f\r(),;B", "A ;; ", ";A;", "A  B"})
    void shouldSplitWordsAsTheRegexDid(String text) {
        assertThat(NonTransactionalStatements.words(text)).isEqualTo(List.of(text.split("[\\s(),;]+")));
    }
}
