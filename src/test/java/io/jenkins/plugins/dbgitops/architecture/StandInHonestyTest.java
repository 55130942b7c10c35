package io.jenkins.plugins.dbgitops.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the compile-only stand-in of the Jenkins APIs honest where a test can without the real sources (the full
 * member-by-member comparison is ../shared/jenkins-fidelity): every file says which real artifact and version it
 * mirrors, that version is the one the plugin declares, the type lives in a package of that artifact, the
 * package matches the folder, and the type declares exactly the supertypes its header says the real type has (the
 * header line is written from the real classes by tools/standin/supertype-headers.py).
 */
class StandInHonestyTest {
    private static final Path STAND_IN = Path.of("src/jenkins-api/java");
    private static final Pattern HEADER = Pattern.compile("Compile-only stand-in mirroring ([\\w.-]+:[\\w.-]+)"
            + "(?::([\\w.-]*[\\w-]))?[. ]");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern REAL_SUPERTYPES = Pattern.compile("Real supertypes: (.*)\\.\\n");
    /** The first top-level type declaration, from its keyword to its opening brace. */
    private static final Pattern DECLARATION = Pattern.compile("(?m)^(?:public |protected |abstract |final |static )*"
            + "(?:class|interface|enum|@interface) (\\w+)([^{]*)\\{");
    private static final Pattern SUPERTYPES = Pattern.compile("(?:extends (.*?))? ?(?:implements (.*))?");

    /** Each real artifact and the package roots its classes live in. */
    private static final Map<String, List<String>> ARTIFACT_PACKAGES = Map.of(
            "org.jenkins-ci.main:jenkins-core", List.of("hudson", "jenkins", "org.jenkins.ui"),
            "org.jenkins-ci.main:remoting", List.of("hudson.remoting", "org.jenkinsci.remoting"),
            "org.kohsuke.stapler:stapler", List.of("org.kohsuke.stapler"),
            "org.jenkins-ci.plugins.workflow:workflow-step-api", List.of("org.jenkinsci.plugins.workflow.steps"),
            "org.jenkins-ci.plugins:credentials", List.of("com.cloudbees.plugins.credentials"),
            "org.jenkins-ci.plugins:plain-credentials", List.of("org.jenkinsci.plugins.plaincredentials"),
            "org.jenkins-ci.plugins:pipeline-input-step",
            List.of("org.jenkinsci.plugins.workflow.support.steps.input"),
            "org.jenkins-ci:annotation-indexer", List.of("org.jvnet.hudson.annotation_indexer"),
            "org.jenkins-ci:symbol-annotation", List.of("org.jenkinsci"));

    @Test
    void shouldMirrorADeclaredArtifactInItsOwnPackages() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        SoftAssertions softly = new SoftAssertions();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(STAND_IN)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String source = Files.readString(file);
            String name = STAND_IN.relativize(file).toString();
            Matcher header = HEADER.matcher(source);
            if (!header.find()) {
                softly.fail("%s: no 'Compile-only stand-in mirroring <artifact>' header", name);
                continue;
            }
            String artifact = header.group(1);
            String version = header.group(2);
            List<String> roots = ARTIFACT_PACKAGES.get(artifact);
            softly.assertThat(roots).as("%s mirrors %s, an artifact the plugin depends on", name, artifact)
                    .isNotNull();
            if (version != null) {
                softly.assertThat(pom).as("%s mirrors version %s of %s: the version pom.xml declares", name,
                        version, artifact).contains(version);
            }
            Matcher declared = PACKAGE.matcher(source);
            String packageName = declared.find() ? declared.group(1) : "";
            String folder = STAND_IN.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
            softly.assertThat(packageName).as("%s: package matches its folder", name).isEqualTo(folder);
            if (roots != null) {
                softly.assertThat(roots).as("%s: package %s is one of %s's", name, packageName, artifact)
                        .anyMatch(root -> packageName.equals(root) || packageName.startsWith(root + "."));
            }
            Matcher real = REAL_SUPERTYPES.matcher(source);
            if (!real.find()) {
                softly.fail("%s: no 'Real supertypes:' header line (tools/standin/supertype-headers.py)", name);
                continue;
            }
            softly.assertThat(declaredSupertypes(source)).as("%s: supertypes as the header says the real type has",
                    name).isEqualTo(real.group(1));
        }
        softly.assertAll();
    }

    /** The declaration's supertypes as the header writes them: {@code extends A; implements B, C<D>} or none. */
    static String declaredSupertypes(String source) {
        Matcher declaration = DECLARATION.matcher(source);
        if (!declaration.find()) {
            return "no type declaration";
        }
        String rest = withoutTypeParameters(declaration.group(2)).replaceAll("\\s+", " ").trim();
        Matcher parts = SUPERTYPES.matcher(rest);
        if (!parts.matches()) {
            return "unreadable declaration: " + rest;
        }
        List<String> words = new ArrayList<>();
        if (parts.group(1) != null) {
            words.add("extends " + parts.group(1));
        }
        if (parts.group(2) != null) {
            words.add("implements " + parts.group(2));
        }
        return words.isEmpty() ? "none" : String.join("; ", words);
    }

    /** Drops the type parameters right after the type's name ({@code <T extends Describable<T>>}). */
    private static String withoutTypeParameters(String rest) {
        String trimmed = rest.stripLeading();
        if (!trimmed.startsWith("<")) {
            return rest;
        }
        int depth = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            depth += trimmed.charAt(i) == '<' ? 1 : trimmed.charAt(i) == '>' ? -1 : 0;
            if (depth == 0) {
                return trimmed.substring(i + 1);
            }
        }
        return trimmed;
    }
}
