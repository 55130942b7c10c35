package io.jenkins.plugins.dbgitops.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectConfigReaderTest {
    private static final Path FILE = Path.of("/repo/dbgitops.yaml");

    private static final String ISSUE_EXAMPLE = """
            migrations: migrations            # directory, relative to this file
            engine: postgresql
            review:
              policy: prod
            environments:
              - name: test
                targets:
                  - url: jdbc:postgresql://db-test:5432/app
                    credentials: db-test
              - name: staging
                approval: manual
                approvers: [release-managers, dba-team]
                targets:
                  - url: jdbc:postgresql://db-staging:5432/tenant_{name}
                    databases: [acme, globex, initech]
              - name: prod
                approval: manual
                approvers: [dba-team]
                parallel: 8
                targets:
                  - url: ${PROD_DB_URL}
                    credentials: env:PROD_USER:PROD_PASSWORD
            """;

    private static ProjectConfig parse(String yaml) {
        return parse(yaml, Map.of());
    }

    private static ProjectConfig parse(String yaml, Map<String, String> environment) {
        return new ProjectConfigReader(environment).parse(yaml, FILE);
    }

    private static String errorOf(String yaml) {
        return errorOf(yaml, Map.of());
    }

    private static String errorOf(String yaml, Map<String, String> environment) {
        try {
            parse(yaml, environment);
        } catch (UserInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the configuration to be refused:\n" + yaml);
    }

    @Test
    void shouldReadTheIssueExampleWithGroupsExpandedAndVariablesSubstituted() {
        ProjectConfig config = parse(ISSUE_EXAMPLE, Map.of("PROD_DB_URL", "jdbc:postgresql://prod:5432/app"));

        assertThat(config.migrationsDirectory()).isEqualTo(Path.of("/repo/migrations"));
        assertThat(config.engine()).isEqualTo(SqlEngine.POSTGRESQL);
        assertThat(config.reviewPolicy()).contains("prod");
        assertThat(config.releaseIdTemplate()).isEqualTo(ProjectConfig.DEFAULT_RELEASE_ID_TEMPLATE);
        assertThat(config.environments()).extracting(EnvironmentConfig::name).containsExactly("test", "staging", "prod");

        EnvironmentConfig test = config.environment("test");
        assertThat(test.approval()).isEqualTo(Approval.AUTOMATIC);
        assertThat(test.requires()).isEmpty();
        assertThat(test.parallel()).isEqualTo(ProjectConfig.DEFAULT_PARALLEL);
        assertThat(test.targets()).singleElement().satisfies(target -> {
            assertThat(target.name()).isEqualTo("db-test:5432/app");
            assertThat(target.credentials()).contains("db-test");
            assertThat(target.historyTable()).isEqualTo(ProjectConfig.DEFAULT_HISTORY_TABLE);
        });

        EnvironmentConfig staging = config.environment("staging");
        assertThat(staging.approval()).isEqualTo(Approval.MANUAL);
        assertThat(staging.approvers()).containsExactly("release-managers", "dba-team");
        assertThat(staging.requires()).containsExactly("test");
        assertThat(staging.targets()).extracting(DeploymentTarget::name).containsExactly("acme", "globex", "initech");
        assertThat(staging.targets()).extracting(DeploymentTarget::url).containsExactly(
                "jdbc:postgresql://db-staging:5432/tenant_acme", "jdbc:postgresql://db-staging:5432/tenant_globex",
                "jdbc:postgresql://db-staging:5432/tenant_initech");

        EnvironmentConfig prod = config.environment("prod");
        assertThat(prod.parallel()).isEqualTo(8);
        assertThat(prod.requires()).containsExactly("staging");
        assertThat(prod.targets().get(0).url()).isEqualTo("jdbc:postgresql://prod:5432/app");
    }

    @Test
    void shouldHonourPromotionOverridesNamesSchemasAndTemplates() {
        ProjectConfig config = parse("""
                engine: h2
                historyTable: schema_changes
                release:
                  idTemplate: "{branch}-{iteration}"
                environments:
                  - name: dev
                    targets:
                      - url: jdbc:h2:mem:dev
                  - name: qa
                    after: []
                    targets:
                      - url: jdbc:h2:mem:qa
                  - name: prod
                    requires: [dev, qa]
                    allowSkip: true
                    failFast: true
                    schema: ops
                    targets:
                      - name: shard-{name}
                        url: jdbc:h2:mem:{name}
                        databases: [one, two]
                        historyTable: applied
                """);

        assertThat(config.releaseIdTemplate()).isEqualTo("{branch}-{iteration}");
        assertThat(config.environment("qa").requires()).isEmpty();
        EnvironmentConfig prod = config.environment("prod");
        assertThat(prod.requires()).containsExactly("dev", "qa");
        assertThat(prod.allowSkip()).isTrue();
        assertThat(prod.failFast()).isTrue();
        assertThat(prod.targets()).extracting(DeploymentTarget::name).containsExactly("shard-one", "shard-two");
        assertThat(prod.targets()).allSatisfy(target -> {
            assertThat(target.historyTable()).isEqualTo("applied");
            assertThat(target.schema()).isEqualTo(Optional.of("ops"));
        });
        assertThat(config.environment("dev").targets().get(0).historyTable()).isEqualTo("schema_changes");
    }

    @Test
    void shouldInferTheEngineFromTheFirstUrlAndUseDefaultsForVariables() {
        ProjectConfig config = parse("""
                environments:
                  - name: only
                    targets:
                      - url: ${DB_URL:-jdbc:mariadb://localhost:3306/app}
                """);

        assertThat(config.engine()).isEqualTo(SqlEngine.MARIADB);
        assertThat(config.environment("only").targets().get(0).url()).isEqualTo("jdbc:mariadb://localhost:3306/app");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key      | 2:1   | unknown key 'enviroments'
            missing environment name   | 5:5   | has no name
            duplicate environment      | 8:11  | 'test' is defined twice (first at line 3)
            target without url         | 7:9   | has no url
            bad approval               | 5:15  | approval must be 'automatic' or 'manual'
            unknown engine             | 1:9   | Unknown database engine 'oracle'
            undefined variable         | 6:14  | uses ${PROD_URL}, which is not set
            unknown target key         | 6:9   | unknown key 'password' in a target
            manual without approvers   | 5:15  | manual approval needs approvers
            requires a later env       | 5:15  | an environment listed after it
            group without placeholder  | 6:14  | has no {name} placeholder
            bad parallel               | 5:15  | 'parallel' must be a whole number
            bad credentials            | 7:22  | must have the form env:USER_VARIABLE:PASSWORD_VARIABLE
            duplicate key              | 5:5   | the key 'name' appears twice
            invalid yaml               | 3:    | this is not valid YAML
            """)
    void shouldNameLineAndColumnOfEveryConfigurationError(String example, String position, String message) {
        String yaml = BROKEN.get(example);

        String error = errorOf(yaml);

        assertThat(error).startsWith(FILE + ":" + position).contains(message);
    }

    private static final Map<String, String> BROKEN = Map.ofEntries(
            Map.entry("unknown top-level key", """
                    engine: postgresql
                    enviroments: []
                    """),
            Map.entry("missing environment name", """
                    engine: postgresql
                    environments:
                      - name: test
                        targets: [{url: "jdbc:postgresql://h/db"}]
                      - approval: automatic
                        targets: [{url: "jdbc:postgresql://h/db"}]
                    """),
            Map.entry("duplicate environment", """
                    engine: postgresql
                    environments:
                      - name: test
                        targets:
                          - url: jdbc:postgresql://h/one
                      - targets:
                          - url: jdbc:postgresql://h/two
                        name: test
                    """),
            Map.entry("target without url", """
                    engine: postgresql
                    environments:
                      - name: test
                        targets:
                          - url: jdbc:postgresql://h/one
                            credentials: db
                          - credentials: db
                    """),
            Map.entry("bad approval", """
                    engine: postgresql
                    environments:
                      - name: prod
                        approvers: [dba]
                        approval: sometimes
                        targets: [{url: "jdbc:postgresql://h/db"}]
                    """),
            Map.entry("unknown engine", """
                    engine: oracle
                    """),
            Map.entry("undefined variable", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets:
                          - name: main
                            url: ${PROD_URL}
                    """),
            Map.entry("unknown target key", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets:
                          - url: jdbc:postgresql://h/db
                            password: secret
                    """),
            Map.entry("manual without approvers", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets: [{url: "jdbc:postgresql://h/db"}]
                        approval: manual
                    """),
            Map.entry("requires a later env", """
                    engine: postgresql
                    environments:
                      - name: test
                        targets: [{url: "jdbc:postgresql://h/db"}]
                        requires: prod
                      - name: prod
                        targets: [{url: "jdbc:postgresql://h/db"}]
                    """),
            Map.entry("group without placeholder", """
                    engine: postgresql
                    environments:
                      - name: staging
                        targets:
                          - databases: [a, b]
                            url: jdbc:postgresql://h/db
                    """),
            Map.entry("bad parallel", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets: [{url: "jdbc:postgresql://h/db"}]
                        parallel: lots
                    """),
            Map.entry("bad credentials", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets:
                          - url: jdbc:postgresql://h/db
                            name: main
                            credentials: env:ONLY_ONE
                    """),
            Map.entry("duplicate key", """
                    engine: postgresql
                    environments:
                      - name: prod
                        targets: [{url: "jdbc:postgresql://h/db"}]
                        name: again
                    """),
            Map.entry("invalid yaml", """
                    engine: postgresql
                    environments:
                      - name: [unclosed
                    """));

    @Test
    void shouldRefuseTwoTargetsWithOneName() {
        String error = errorOf("""
                engine: postgresql
                environments:
                  - name: test
                    targets:
                      - url: jdbc:postgresql://h/db
                      - url: jdbc:postgresql://h/db
                """);

        assertThat(error).startsWith(FILE + ":6:9").contains("are called 'h/db'");
    }

    @Test
    void shouldNeverEchoAPasswordEmbeddedInABadUrl() {
        String error = errorOf("""
                engine: postgresql
                environments:
                  - name: test
                    targets:
                      - url: postgresql://admin:hunter2@h/db
                """);

        assertThat(error).contains("is not a JDBC URL").doesNotContain("hunter2");
    }

    @Test
    void shouldResolveCredentialsFromTheEnvironmentWithoutShowingPasswords() {
        EnvironmentCredentialsResolver resolver = new EnvironmentCredentialsResolver(Map.of(
                "PROD_USER", "deployer", "PROD_PASSWORD", "s3cret", "DB_TEST_USR", "tester", "DB_TEST_PSW", "pw"));

        DatabaseCredentials fromVariables = resolver.resolve(CredentialsReference.parse("env:PROD_USER:PROD_PASSWORD"));
        DatabaseCredentials fromJenkinsBinding = resolver.resolve(CredentialsReference.parse("db-test"));

        assertThat(fromVariables.user()).isEqualTo("deployer");
        assertThat(fromVariables.password()).isEqualTo("s3cret");
        assertThat(fromVariables.toString()).doesNotContain("s3cret");
        assertThat(fromJenkinsBinding).isEqualTo(new DatabaseCredentials("tester", "pw"));
        assertThatThrownBy(() -> resolver.resolve(CredentialsReference.parse("db-prod")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("DB_PROD_USR")
                .hasMessageContaining("credentials('db-prod')");
    }

    @Test
    void shouldListTheEnvironmentsWhenAskedForAnUnknownOne() {
        ProjectConfig config = parse(ISSUE_EXAMPLE, Map.of("PROD_DB_URL", "jdbc:postgresql://prod/app"));

        assertThatThrownBy(() -> config.environment("qa"))
                .hasMessageContaining("There is no environment 'qa'")
                .hasMessageContaining("test, staging, prod");
    }
}
