package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** {@code it.name} or {@code it.name(}: group 2 is set for a call. */
    private static final Pattern IT_MEMBER = Pattern.compile("\\bit\\.([A-Za-z_$][A-Za-z0-9_$]*)(\\s*\\()?");
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

    /**
     * In an action's views {@code it} is the action: each {@code it.name} must be a public getter
     * ({@code getName()}, {@code isName()}) and each {@code it.name(...)} a public method, or Jelly prints nothing.
     */
    @Test
    void shouldNameRealGettersOfTheActionInEveryActionView() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> views;
        try (Stream<Path> files = Files.walk(VIEWS.resolve("jenkins"))) {
            views = files.filter(file -> file.toString().endsWith(".jelly"))
                    .filter(file -> file.getParent().getFileName().toString().endsWith("Action")).sorted().toList();
        }
        for (Path view : views) {
            Class<?> action = Class.forName(getClass().getPackageName() + "." + view.getParent().getFileName());
            Matcher expression = EXPRESSION.matcher(Files.readString(view, StandardCharsets.UTF_8));
            while (expression.find()) {
                Matcher member = IT_MEMBER.matcher(expression.group(1));
                while (member.find()) {
                    if (!hasPublicMember(action, member.group(1), member.group(2) != null)) {
                        problems.add(view + ": ${" + expression.group(1) + "} names no public "
                                + (member.group(2) != null ? "method " : "getter of ") + member.group(1));
                    }
                }
            }
        }
        assertThat(views).as("action views found").hasSizeGreaterThanOrEqualTo(6);
        assertThat(problems).isEmpty();
    }

    /** The three build pages output the engine's fragment, escaped by default everywhere else, and run no script. */
    @Test
    void shouldOutputTheEngineFragmentThroughTheReportHtmlGetterOnEveryBuildPage() throws Exception {
        for (String action : List.of("ReviewAction", "ReleaseAction", "DeploymentAction")) {
            String view = Files.readString(VIEWS.resolve("jenkins").resolve(action).resolve("index.jelly"),
                    StandardCharsets.UTF_8);

            assertThat(view).as(action).startsWith("<?jelly escape-by-default='true'?>")
                    .contains("<l:main-panel>").contains("<j:out value=\"${it.reportHtml}\"/>")
                    .doesNotContainIgnoringCase("<script");
            assertThat(view.split("<j:out ", -1)).as(action + ": j:out only for the engine's fragment").hasSize(2);
            assertThat(hasPublicMember(Class.forName(getClass().getPackageName() + "." + action), "reportHtml",
                    false)).as(action + ".getReportHtml()").isTrue();
        }
    }

    @Test
    void shouldNoticeAPropertyWithoutAGetter() {
        assertThat(hasPublicMember(ReviewAction.class, "reportHtml", false)).isTrue();
        assertThat(hasPublicMember(ReviewAction.class, "matrixHtml", false)).isFalse();
        assertThat(hasPublicMember(DeploymentAction.class, "cell", true)).isFalse();
    }

    private static boolean hasPublicMember(Class<?> type, String name, boolean call) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(method -> call ? method.getName().equals(name)
                : method.getParameterCount() == 0 && (method.getName().equals("get" + capitalized)
                        || method.getName().equals("is" + capitalized)));
    }

    @Test
    void shouldFindTheSizeCallThatEmptiedTheReleasePage() {
        Matcher member = MEMBER.matcher("f.size()");

        assertThat(member.find()).isTrue();
        assertThat(RESERVED).contains(member.group(1));
    }
}
