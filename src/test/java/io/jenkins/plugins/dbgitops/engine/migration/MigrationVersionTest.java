package io.jenkins.plugins.dbgitops.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationVersionTest {

    @ParameterizedTest
    @CsvSource({"1,1.0", "1.0.0,1", "v2,2", "V2.1,2.1", "007,7", "202501150900,202501150900.0"})
    void shouldTreatNormalisedFormsAsEqual(String left, String right) {
        assertThat(MigrationVersion.parse(left)).isEqualTo(MigrationVersion.parse(right))
                .hasSameHashCodeAs(MigrationVersion.parse(right));
        assertThat(MigrationVersion.parse(left).compareTo(MigrationVersion.parse(right))).isZero();
    }

    @ParameterizedTest
    @CsvSource({"1,2", "1.9,1.10", "2,10", "1,1.0.1", "202501150900,202501150901", "99999999999999999998,99999999999999999999"})
    void shouldCompareNumericallyPartByPart(String lower, String higher) {
        assertThat(MigrationVersion.parse(lower)).isLessThan(MigrationVersion.parse(higher));
        assertThat(MigrationVersion.parse(higher)).isGreaterThan(MigrationVersion.parse(lower));
    }

    @ParameterizedTest
    @CsvSource({"1.0,1", "v010.2.0,10.2", "202501150900,202501150900"})
    void shouldPrintTheCanonicalForm(String input, String canonical) {
        assertThat(MigrationVersion.parse(input)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1..2", "1.", ".1", "1_2", "-1", "1.a", "1.2.", "\u0661"})
    void shouldRejectMalformedVersionsNamingTheValue(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> MigrationVersion.parse(input))
                .withMessageContaining("'" + input + "'");
    }
}
