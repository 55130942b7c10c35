package io.jenkins.plugins.dbgitops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Keeps the engine and the command line free of Jenkins, so that they can be tested and run without it. */
class EngineIndependenceTest {
    private static final String[] JENKINS_PACKAGES = {
        "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler..", "com.cloudbees.."
    };

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.dbgitops");

    @Test
    void shouldKeepJenkinsOutOfTheEngine() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jenkins.plugins.dbgitops.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(JENKINS_PACKAGES)
                .because("the engine must run and be tested without Jenkins");
        rule.check(PRODUCTION);
    }

    @Test
    void shouldKeepJenkinsOutOfTheCommandLine() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jenkins.plugins.dbgitops.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(JENKINS_PACKAGES)
                .because("the dbgitops command line is shipped without Jenkins");
        rule.check(PRODUCTION);
    }

    @Test
    void shouldKeepTheEngineIndependentOfItsFrontEnds() {
        ArchRule rule = noClasses().that().resideInAPackage("io.jenkins.plugins.dbgitops.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.jenkins.plugins.dbgitops.cli..", "io.jenkins.plugins.dbgitops.jenkins..")
                .because("dependencies point from the front ends to the engine, never back");
        rule.check(PRODUCTION);
    }
}
