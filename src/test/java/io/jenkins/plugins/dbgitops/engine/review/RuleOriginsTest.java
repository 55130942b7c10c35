package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every origin names a rule that exists in that tool today, checked against the lists in
 * src/test/resources/review/origins, read from each tool's source at the commit their header names.
 *
 * <p>An origin is parts separated by {@code "; "}: {@code dbgitops} (our own rule, optionally with a remark in
 * parentheses), {@code Bytebase} (Bytebase's rule of the same id), {@code formerly Bytebase} (a rule of that id Bytebase
 * has removed), {@code Bytebase: TYPE} (Bytebase's rule of another name, for one it renamed),
 * {@code Squawk: name, name, formerly name} and {@code Atlas: CODE, CODE}.
 */
class RuleOriginsTest {
    private static final ToolRules SQUAWK = ToolRules.read("squawk-rules.txt");
    private static final ToolRules BYTEBASE = ToolRules.read("bytebase-rules.txt");
    private static final ToolRules ATLAS = ToolRules.read("atlas-analyzers.txt");

    @Test
    void shouldNameOnlyRulesThatExistInTheirToolToday() {
        SoftAssertions softly = new SoftAssertions();
        for (RuleDefinition definition : RuleRegistry.load().definitions()) {
            for (String part : definition.origin().split("; ")) {
                check(softly, definition.id(), part);
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldRejectNamesTheListsDoNotHold() {
        SoftAssertions softly = new SoftAssertions();

        check(softly, "schema.disallow-drop", "Squawk: ban-drop-schema");

        assertThat(softly.errorsCollected()).hasSize(1);
        assertThat(SQUAWK.current()).contains("ban-truncate-cascade").doesNotContain("prefer-big-int");
        assertThat(SQUAWK.retired()).contains("prefer-big-int");
        assertThat(BYTEBASE.current()).contains("TABLE_REQUIRE_PK");
        assertThat(ATLAS.current()).contains("MF101");
    }

    private static void check(SoftAssertions softly, String id, String part) {
        if (part.equals("dbgitops") || part.startsWith("dbgitops (")) {
            return;
        }
        if (part.equals("Bytebase") || part.equals("formerly Bytebase")) {
            ToolRules.Names names = part.equals("Bytebase") ? BYTEBASE.current() : BYTEBASE.retired();
            softly.assertThat(names).as("%s: Bytebase rule %s (%s)", id, bytebaseType(id), part)
                    .contains(bytebaseType(id));
            return;
        }
        if (part.startsWith("Bytebase: ")) {
            String type = part.substring("Bytebase: ".length());
            softly.assertThat(BYTEBASE.current()).as("%s: Bytebase rule %s", id, type).contains(type);
            return;
        }
        if (part.startsWith("Squawk: ")) {
            for (String name : part.substring("Squawk: ".length()).split(", ")) {
                boolean formerly = name.startsWith("formerly ");
                String bare = formerly ? name.substring("formerly ".length()) : name;
                softly.assertThat(formerly ? SQUAWK.retired() : SQUAWK.current())
                        .as("%s: Squawk rule %s", id, name).contains(bare);
            }
            return;
        }
        if (part.startsWith("Atlas: ")) {
            for (String code : part.substring("Atlas: ".length()).split(", ")) {
                softly.assertThat(ATLAS.current()).as("%s: Atlas analyzer %s", id, code).contains(code);
            }
            return;
        }
        softly.fail("%s: origin part '%s' is none of dbgitops, Bytebase, formerly Bytebase, Squawk: ..., Atlas: ...",
                id, part);
    }

    /** Bytebase's enum name for a dotted rule id, as its migration 3.13/0017 maps them. */
    private static String bytebaseType(String id) {
        return id.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A tool's current and retired rule names, from a resource file. */
    private record ToolRules(Names current, Names retired) {
        static ToolRules read(String resource) {
            try (InputStream in = RuleOriginsTest.class.getResourceAsStream("/review/origins/" + resource)) {
                List<String> current = new ArrayList<>();
                List<String> retired = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("retired ")) {
                        retired.add(trimmed.substring("retired ".length()));
                    } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        current.add(trimmed);
                    }
                }
                assertThat(current).as(resource).isNotEmpty();
                return new ToolRules(new Names(current), new Names(retired));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A set of names that AssertJ shows in full when a name is missing. */
        static final class Names extends HashSet<String> {
            private static final long serialVersionUID = 1L;

            Names(List<String> names) {
                super(names);
            }
        }
    }
}
