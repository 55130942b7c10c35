package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every field on a configuration form has one help page: its own, or the step's it redirects to. A redirected field
 * has no copy of its own, so the texts cannot drift apart again.
 */
class SharedHelpTest {
    private static final Path VIEWS = Path.of("src/main/resources/io/jenkins/plugins/dbgitops/jenkins");
    private static final Pattern FIELD = Pattern.compile("field=\"([a-zA-Z]+)\"");

    /** Who redirects which fields to whom, as the descriptors' constructors do. */
    private static final Map<Class<?>, List<Redirect>> REDIRECTS = Map.of(
            SqlReviewBuilder.class, List.of(new Redirect(SqlReviewStep.class, SharedHelp.REVIEW)),
            DatabaseGitOpsWrapper.class, List.of(new Redirect(SqlReviewStep.class, SharedHelp.WRAPPER)),
            DbRolloutBuilder.class, List.of(new Redirect(DbRolloutStep.class, SharedHelp.ROLLOUT),
                    new Redirect(DbReleaseStep.class, List.of(SharedHelp.CONFIG))),
            DbRolloutStep.class, List.of(new Redirect(DbReleaseStep.class, List.of(SharedHelp.CONFIG))));

    @Test
    void shouldGiveEveryFormFieldExactlyOneHelpPage() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Class<?> type : List.of(SqlReviewStep.class, SqlReviewBuilder.class, DatabaseGitOpsWrapper.class,
                DbReleaseStep.class, DbRolloutStep.class, DbRolloutBuilder.class)) {
            for (String field : fields(type)) {
                List<Class<?>> owners = new ArrayList<>();
                REDIRECTS.getOrDefault(type, List.of()).stream().filter(r -> r.fields().contains(field))
                        .forEach(r -> owners.add(r.owner()));
                boolean own = Files.exists(help(type, field));
                softly.assertThat(owners.size() + (own ? 1 : 0)).as("help pages for %s.%s (own: %s, redirected to:"
                        + " %s)", type.getSimpleName(), field, own, owners).isEqualTo(1);
                owners.forEach(owner -> softly.assertThat(help(owner, field)).as("redirect target of %s.%s",
                        type.getSimpleName(), field).exists());
            }
        }
        softly.assertAll();
    }

    private static Path help(Class<?> type, String field) {
        return VIEWS.resolve(type.getSimpleName()).resolve("help-" + field + ".html");
    }

    private static List<String> fields(Class<?> type) throws IOException {
        Matcher matcher = FIELD.matcher(Files.readString(VIEWS.resolve(type.getSimpleName()).resolve("config.jelly")));
        List<String> fields = new ArrayList<>();
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private record Redirect(Class<?> owner, List<String> fields) {
    }
}
