package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry is checked, not hand-trusted: every rule class is registered, and every rule has its own test. */
class RuleRegistryTest {
    private static final String RULES = "io.jenkins.plugins.dbgitops.engine.review.rules";

    @Test
    void shouldRegisterEveryRuleClass() {
        Set<String> ruleClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(RULES).stream()
                .filter(javaClass -> javaClass.isAssignableTo(Rule.class))
                .filter(javaClass -> !javaClass.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> registered = RuleRegistry.load().newRules().stream()
                .map(rule -> rule.getClass().getName()).collect(Collectors.toSet());

        assertThat(registered).containsExactlyInAnyOrderElementsOf(ruleClasses);
    }

    @Test
    void shouldHaveATestForEveryRule() {
        Set<String> tested = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(RULES).stream()
                .filter(javaClass -> javaClass.isAssignableTo(AbstractRuleTest.class))
                .map(javaClass -> javaClass.getName().replaceFirst("Test$", "")).collect(Collectors.toSet());
        Set<String> rules = RuleRegistry.load().newRules().stream()
                .map(rule -> rule.getClass().getName()).collect(Collectors.toSet());

        assertThat(tested).as("each rule X has an XTest extending AbstractRuleTest").containsAll(rules);
    }

    @Test
    void shouldGiveEveryRuleAUniqueDottedId() {
        assertThat(RuleRegistry.load().definitions()).extracting(RuleDefinition::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
    }
}
