package io.jenkins.plugins.dbgitops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages form a hierarchy a newcomer can read: no cycles between packages, the Jenkins glue and the command
 * line side by side over the engine, no two classes of one simple name, and nothing kept per thread.
 */
class PackageStructureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.dbgitops");

    @Test
    void shouldHaveNoCyclesBetweenPackages() {
        slices().matching("io.jenkins.plugins.dbgitops.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void shouldKeepTheCommandLineOutOfTheGlueAndBack() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.dbgitops.jenkins..")
                .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.dbgitops.cli..")
                .because("the plugin and the command line are two front ends of one engine").check(PRODUCTION);
        noClasses().that().resideInAPackage("io.jenkins.plugins.dbgitops.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.dbgitops.jenkins..")
                .check(PRODUCTION);
    }

    @Test
    void shouldKeepNothingInThreadLocals() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ThreadLocal.class)
                .because("Jenkins' executor and agent threads outlive the plugin: a ThreadLocal value would keep its"
                        + " classes alive (../shared/ARCHITECTURE.md)").check(PRODUCTION);
    }

    @Test
    void shouldNameEveryTopLevelClassUniquely() {
        Map<String, List<String>> byName = PRODUCTION.stream().filter(type -> type.getEnclosingClass().isEmpty())
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));

        assertThat(byName).allSatisfy((name, classes) -> assertThat(classes).as(name).hasSize(1));
    }
}
