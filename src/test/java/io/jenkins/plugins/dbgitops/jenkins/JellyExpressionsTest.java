package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jelly's expression language (Jenkins' fork of Commons JEXL 1.1) reserves words of its own: {@code x.size()} is its
 * size function, which answers "unknown type" for anything but a collection, string, map or array, and a property
 * named like an operator ({@code x.empty}, {@code x.not}) does not parse as one. The release page's Size column was
 * empty for that reason; this keeps such names out of every view.
 */
class JellyExpressionsTest {
    /** The words of {@code Parser.jjt} in jenkinsci/jexl, tag 1.1-jenkins-20111212. */
    private static final Set<String> RESERVED = Set.of("size", "empty", "or", "and", "eq", "ne", "lt", "gt", "le",
            "ge", "div", "mod", "not", "null", "true", "false", "if", "else", "while", "foreach", "in");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern MEMBER = Pattern.compile("\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final Path VIEWS = Path.of("src", "main", "resources", "io", "jenkins", "plugins", "dbgitops");

    @Test
    void shouldUseNoReservedWordAsAPropertyOrMethodInAnyView() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> views;
        try (Stream<Path> files = Files.walk(VIEWS)) {
            views = files.filter(file -> file.toString().endsWith(".jelly")).sorted().toList();
        }
        for (Path view : views) {
            List<String> lines = Files.readAllLines(view, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher expression = EXPRESSION.matcher(lines.get(i));
                while (expression.find()) {
                    Matcher member = MEMBER.matcher(expression.group(1));
                    while (member.find()) {
                        if (RESERVED.contains(member.group(1))) {
                            problems.add(view + ":" + (i + 1) + ": ${" + expression.group(1) + "} uses ."
                                    + member.group(1));
                        }
                    }
                }
            }
        }
        assertThat(views).as("views found").hasSizeGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldFindTheSizeCallThatEmptiedTheReleasePage() {
        Matcher member = MEMBER.matcher("f.size()");

        assertThat(member.find()).isTrue();
        assertThat(RESERVED).contains(member.group(1));
    }
}
