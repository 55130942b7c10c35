package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.core.JVM;
import com.thoughtworks.xstream.security.AnyTypePermission;
import hudson.model.Action;
import hudson.tasks.Builder;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jenkins.tasks.SimpleBuildWrapper;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;

/**
 * What Jenkins writes with XStream ({@code build.xml}, {@code config.xml}) and with the Pipeline program
 * ({@code program.dat}) must read back. Jenkins 2.541.3 bundles XStream {@value #XSTREAM} and reflects with
 * {@code JVM.newReflectionProvider()} ({@code hudson.util.XStream2.setupConverters}); records cannot be read back
 * that way, and fields a saved job lacks come back as null.
 */
class PersistedStateTest {
    static final String XSTREAM = "1.4.21";
    private static final String PLUGIN_PACKAGE = "io.jenkins.plugins.dbgitops";

    /** An XStream set up as Jenkins sets its own up: the JVM's reflection provider, every plugin type allowed. */
    private static XStream jenkinsLikeXStream() {
        XStream xstream = new XStream(JVM.newReflectionProvider());
        xstream.addPermission(AnyTypePermission.ANY);
        return xstream;
    }

    static Object roundTrip(Object value) {
        XStream xstream = jenkinsLikeXStream();
        String xml = xstream.toXML(value);
        Object back = xstream.fromXML(xml);
        assertThat(xstream.toXML(back)).as("XML after reading back %s", value.getClass()).isEqualTo(xml);
        return back;
    }

    private static ReviewSummary review() {
        return new ReviewSummary("migrations", 2, 5, List.of(
                new ReviewFindingRow("migrations/1_a.sql", 3, 5, "table.require-pk", Level.ERROR, "No primary key.",
                        "Add one."),
                new ReviewFindingRow("migrations/2_b.sql", 1, 1, "column.no-null", Level.WARNING, "Nullable.", "")),
                true, "## review", "0123456789abcdef0123456789abcdef01234567", List.of("statement.dml-dry-run"));
    }

    private static ReleaseInfo release() {
        return new ReleaseInfo("20250115-0930-0123456", "0123456789abcdef0123456789abcdef01234567", "main",
                "https://git.example.com/shop/db.git", "postgresql", "2025-01-15T09:30:00Z",
                List.of(new ReleaseInfo.FileRow("202501150900", "DDL", "migrations/202501150900_a.sql", 323,
                        "a".repeat(64))),
                "target/dbgitops/releases/r.zip", "target/dbgitops/releases/r.manifest.json", false, "0 error(s)");
    }

    private static DeploymentSummary deployment(String environment) {
        return new DeploymentSummary(environment, "20250115-0930-0123456", "b".repeat(64), "2/8",
                "0123456789abcdef0123456789abcdef01234567", "carol (member of dba-team)", "2025-01-15T09:31:00Z", 812,
                false, "PARTIAL", List.of("Approved by carol."), List.of(
                        new DeploymentSummary.TargetRow("tenant-a", "jdbc:postgresql://db/a", "SUCCESS", 300, 2, 0, 0,
                                ""),
                        new DeploymentSummary.TargetRow("tenant-b", "jdbc:postgresql://db/b", "FAILED", 20, 0, 0, 1,
                                "2_b.sql: relation exists")));
    }

    @Test
    void shouldReadBackTheBuildActionsWithEveryValue() {
        ReviewAction review = (ReviewAction) roundTrip(new ReviewAction("migrations", review()));
        ReleaseAction release = (ReleaseAction) roundTrip(new ReleaseAction(release()));
        DeploymentAction deployments = new DeploymentAction();
        deployments.record(deployment("test"));
        deployments.record(deployment("staging"));
        deployments.useApprovals(2);
        DeploymentAction back = (DeploymentAction) roundTrip(deployments);

        assertThat(review.getSummary()).isEqualTo(review());
        assertThat(review.getErrors()).isEqualTo(1);
        assertThat(release.getRelease()).isEqualTo(release());
        assertThat(release.getFiles()).singleElement().satisfies(f -> assertThat(f.bytes()).isEqualTo(323));
        assertThat(back.getDeployments()).containsExactly(deployment("test"), deployment("staging"));
        assertThat(back.getApprovalsUsed()).isEqualTo(2);
        assertThat(back.getDeployments().get(0).evidence().targets()).hasSize(2);
    }

    @Test
    void shouldReadBackTheJobConfigurationOfBuildersAndTheWrapper() {
        SqlReviewBuilder review = new SqlReviewBuilder();
        review.setPath("db/migrations");
        review.setPolicy("policy.yaml");
        review.setConfig("ops/dbgitops.yaml");
        DbRolloutBuilder rollout = new DbRolloutBuilder("r1", "prod");
        rollout.setShard("2/8");
        DatabaseGitOpsWrapper wrapper = new DatabaseGitOpsWrapper();
        wrapper.setCredentialsId("app-db");

        SqlReviewBuilder reviewBack = (SqlReviewBuilder) roundTrip(review);
        DbRolloutBuilder rolloutBack = (DbRolloutBuilder) roundTrip(rollout);
        DatabaseGitOpsWrapper wrapperBack = (DatabaseGitOpsWrapper) roundTrip(wrapper);

        assertThat(reviewBack.getPath()).isEqualTo("db/migrations");
        assertThat(reviewBack.getConfig()).isEqualTo("ops/dbgitops.yaml");
        assertThat(rolloutBack.getShard()).isEqualTo("2/8");
        assertThat(wrapperBack.getCredentialsId()).isEqualTo("app-db");
    }

    @Test
    void shouldReadAReviewRecordedBeforeLevelsWereAnEnumAndRulesCouldBeSkipped() {
        ReviewAction old = (ReviewAction) jenkinsLikeXStream().fromXML(
                "<io.jenkins.plugins.dbgitops.jenkins.ReviewAction><path>migrations</path><summary><path>migrations</path>"
                        + "<files>1</files><statements>1</statements><findings><io.jenkins.plugins.dbgitops.jenkins"
                        + ".ReviewFindingRow><file>migrations/1_a.sql</file><line>3</line><column>5</column><ruleId>"
                        + "table.require-pk</ruleId><level>ERROR</level><message>No primary key.</message><help>Add"
                        + " one.</help></io.jenkins.plugins.dbgitops.jenkins.ReviewFindingRow></findings><failed>true"
                        + "</failed><markdown>## review</markdown></summary></io.jenkins.plugins.dbgitops.jenkins"
                        + ".ReviewAction>");

        assertThat(old.getErrors()).isEqualTo(1);
        assertThat(old.getSummary().findings()).singleElement().satisfies(f -> assertThat(f.level())
                .isEqualTo(Level.ERROR));
        assertThat(old.getSummary().skipped()).isEmpty();
    }

    @Test
    void shouldGiveFieldsThatAnOlderConfigLacksTheirDefaults() {
        XStream xstream = jenkinsLikeXStream();
        SqlReviewBuilder review = (SqlReviewBuilder) xstream.fromXML(
                "<io.jenkins.plugins.dbgitops.jenkins.SqlReviewBuilder><path>migrations</path>"
                        + "</io.jenkins.plugins.dbgitops.jenkins.SqlReviewBuilder>");
        DbRolloutBuilder rollout = (DbRolloutBuilder) xstream.fromXML(
                "<io.jenkins.plugins.dbgitops.jenkins.DbRolloutBuilder><release>r1</release>"
                        + "<environment>test</environment></io.jenkins.plugins.dbgitops.jenkins.DbRolloutBuilder>");
        DatabaseGitOpsWrapper wrapper = (DatabaseGitOpsWrapper) xstream.fromXML(
                "<io.jenkins.plugins.dbgitops.jenkins.DatabaseGitOpsWrapper/>");

        assertThat(review.getConfig()).isEqualTo(FieldDefaults.CONFIG);
        assertThat(review.getPolicy()).isEmpty();
        assertThat(review.getFailOn()).isEqualTo("error");
        assertThat(rollout.getConfig()).isEqualTo(FieldDefaults.CONFIG);
        assertThat(rollout.getShard()).isEmpty();
        assertThat(wrapper.getMainBranch()).isEqualTo(FieldDefaults.MAIN_BRANCH);
        assertThat(wrapper.getConfig()).isEqualTo(FieldDefaults.CONFIG);
    }

    /** Proves the round trip above would catch a record: this is what Jenkins logged for each build page. */
    @Test
    void shouldFailToReadBackARecordAsJenkinsDid() {
        XStream xstream = jenkinsLikeXStream();
        String xml = xstream.toXML(new GitOrigin("0123456789abcdef0123456789abcdef01234567", "main", ""));

        assertThatThrownBy(() -> xstream.fromXML(xml)).isInstanceOf(ConversionException.class)
                .hasMessageContaining("record");
    }

    @Test
    void shouldReachNoRecordFromWhatJenkinsPersists() {
        List<Class<?>> roots = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PLUGIN_PACKAGE + ".jenkins")) {
            Class<?> reflected = type.reflect();
            if (Action.class.isAssignableFrom(reflected) || Builder.class.isAssignableFrom(reflected)
                    || SimpleBuildWrapper.class.isAssignableFrom(reflected)
                    || SimpleBuildWrapper.Disposer.class.isAssignableFrom(reflected)
                    || Step.class.isAssignableFrom(reflected) || StepExecution.class.isAssignableFrom(reflected)) {
                roots.add(reflected);
            }
        }
        assertThat(roots).as("persisted classes found").contains(ReviewAction.class, DeploymentAction.class,
                SqlReviewBuilder.class, DatabaseGitOpsWrapper.class, SqlReviewStep.class);

        List<String> records = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Class<?> type = queue.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type.isRecord()) {
                records.add(type.getName());
            }
            for (Class<?> c = type; c != null && c.getName().startsWith(PLUGIN_PACKAGE); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        collect(field.getGenericType(), queue);
                    }
                }
            }
        }
        assertThat(records).as("records reachable from persisted state").isEmpty();
    }

    private static void collect(Type type, Deque<Class<?>> queue) {
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith(PLUGIN_PACKAGE)) {
                queue.add(element);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), queue);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, queue);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, queue);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), queue);
        }
    }
}
