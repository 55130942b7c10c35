package io.jenkins.plugins.dbgitops.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableSubstitutionTest {
    private final VariableSubstitution substitution = new VariableSubstitution(Map.of("HOST", "db-prod", "PORT",
            "5432", "EMPTY", ""));

    private String apply(String text) {
        return substitution.apply(text, name -> new IllegalStateException("undefined " + name));
    }

    @Test
    void shouldReplaceVariablesAndDefaults() {
        assertThat(apply("jdbc:postgresql://${HOST}:${PORT}/app")).isEqualTo("jdbc:postgresql://db-prod:5432/app");
        assertThat(apply("${MISSING:-fallback}-${HOST:-unused}")).isEqualTo("fallback-db-prod");
        assertThat(apply("[${EMPTY}]")).isEqualTo("[]");
    }

    @Test
    void shouldKeepEscapedAndUnrelatedDollarsLiteral() {
        assertThat(apply("$${HOST} costs $5")).isEqualTo("${HOST} costs $5");
    }

    @Test
    void shouldReportTheFirstUndefinedVariable() {
        assertThatThrownBy(() -> apply("${HOST}/${NOPE}")).hasMessage("undefined NOPE");
    }
}
