package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.review.HostileInputs;
import io.jenkins.plugins.dbgitops.engine.review.SarifSchema;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command line writes a report for hostile input too: no stack trace, a review verdict as the exit code. */
class ReviewCommandHostileInputTest {
    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MYSQL"})
    void shouldWriteValidSarifForHostileInput(SqlEngine engine) throws IOException {
        Path migrations = HostileInputs.write(directory.resolve("migrations"), engine);
        Path report = directory.resolve("review.sarif");

        CommandRun run = CommandRun.of("review", "--dialect", engine.name().toLowerCase(Locale.ROOT),
                "--policy", "all", "--format", "sarif", "--output", report.toString(), migrations.toString());

        assertThat(run.exitCode()).as(run.toString()).isIn(ExitCodes.SUCCESS, ExitCodes.FAILURE);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode sarif = new ObjectMapper().readTree(report.toFile());
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results").size()).isPositive();
    }
}
