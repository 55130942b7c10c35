package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** Opens target/database-gitops.hpi as built by {@code mvn package} and checks what Jenkins needs from it. */
class HpiPackageIT {
    private static final Path HPI = Path.of("target", "database-gitops.hpi");
    private static final List<String> JENKINS_PACKAGES =
            List.of("hudson/", "jenkins/", "org/jenkinsci/", "org/kohsuke/", "com/cloudbees/");
    /** Every type the stand-in declares, as a class-file path without ".class": none may ever be packaged. */
    private static final Set<String> STAND_IN_TYPES = standInTypes(Path.of("src", "jenkins-api", "java"));

    @Test
    void shouldDescribeThePluginInTheManifest() throws IOException {
        try (JarFile hpi = new JarFile(HPI.toFile())) {
            Attributes main = hpi.getManifest().getMainAttributes();
            assertThat(main.getValue("Short-Name")).isEqualTo("database-gitops");
            assertThat(main.getValue("Long-Name")).isEqualTo("Database GitOps");
            assertThat(main.getValue("Jenkins-Version")).isEqualTo("2.541.3");
            assertThat(main.getValue("Minimum-Java-Version")).isEqualTo("17");
            assertThat(main.getValue("Plugin-Version")).isNotBlank();
            assertThat(main.getValue("Url")).startsWith("https://");
            assertThat(main.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
            assertThat(main.getValue("Plugin-Dependencies").split(","))
                    .anyMatch(d -> d.startsWith("workflow-step-api:"))
                    .anyMatch(d -> d.startsWith("structs:"))
                    .anyMatch(d -> d.startsWith("credentials:"))
                    .anyMatch(d -> d.startsWith("pipeline-input-step:"))
                    .anyMatch(d -> d.startsWith("plain-credentials:"))
                    .noneMatch(d -> d.startsWith("jackson2-api:"));
        }
    }

    @Test
    void shouldCarryThePluginManifestInThePluginJarSoTheClassFilterTrustsItsClasses() throws IOException {
        Attributes hpiManifest;
        Attributes jarManifest;
        try (JarFile hpi = new JarFile(HPI.toFile())) {
            hpiManifest = hpi.getManifest().getMainAttributes();
            byte[] jar = hpi.getInputStream(hpi.getEntry("WEB-INF/lib/database-gitops.jar")).readAllBytes();
            try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
                jarManifest = in.getManifest().getMainAttributes();
            }
        }
        // what jenkins.security.ClassFilterImpl.isPluginManifest asks of the jar a class comes from
        assertThat(jarManifest.getValue("Short-Name")).isEqualTo("database-gitops");
        assertThat(jarManifest.getValue("Plugin-Version")).isNotBlank();
        assertThat(jarManifest.getValue("Jenkins-Version")).isEqualTo("2.541.3");
        for (String key : List.of("Short-Name", "Long-Name", "Plugin-Version", "Jenkins-Version",
                "Plugin-Dependencies", "Minimum-Java-Version", "Group-Id")) {
            assertThat(jarManifest.getValue(key)).as(key).isEqualTo(hpiManifest.getValue(key));
        }
    }

    @Test
    void shouldBundleThePluginJarAndItsLibrariesButNothingJenkinsProvides() throws IOException {
        try (JarFile hpi = new JarFile(HPI.toFile())) {
            List<String> libs = hpi.stream().map(ZipEntry::getName).filter(n -> n.startsWith("WEB-INF/lib/")).toList();
            assertThat(libs).contains("WEB-INF/lib/database-gitops.jar")
                    .anyMatch(n -> n.contains("jsqlparser"))
                    .anyMatch(n -> n.contains("postgresql"))
                    .anyMatch(n -> n.contains("jackson-dataformat-yaml"))
                    .noneMatch(n -> n.contains("slf4j-api"))
                    .noneMatch(n -> n.contains("guava"))
                    .noneMatch(n -> n.contains("spring-security"))
                    .noneMatch(n -> n.contains("sezpoz"));
            assertThat(hpi.stream().map(ZipEntry::getName)).noneMatch(HpiPackageIT::isJenkinsClass);
        }
    }

    @Test
    void shouldHoldTheIndexesViewsAndNoStandInClassesInThePluginJar() throws IOException {
        List<String> names = new ArrayList<>();
        String symbols;
        String extensions;
        try (JarFile hpi = new JarFile(HPI.toFile())) {
            byte[] jar = hpi.getInputStream(hpi.getEntry("WEB-INF/lib/database-gitops.jar")).readAllBytes();
            symbols = read(jar, "META-INF/services/annotations/org.jenkinsci.Symbol", names);
            extensions = read(jar, "META-INF/annotations/hudson.Extension", new ArrayList<>());
        }
        assertThat(names).noneMatch(HpiPackageIT::isJenkinsClass)
                .contains("index.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/SqlReviewStep/config.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/SqlReviewStep/help.html",
                        "io/jenkins/plugins/dbgitops/jenkins/ReviewAction/summary.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/DatabaseGitOpsWrapper/config.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/DbReleaseStep/config.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/DbRolloutStep/config.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/DbRolloutBuilder/config.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/ReleaseAction/index.jelly",
                        "io/jenkins/plugins/dbgitops/jenkins/DeploymentAction/index.jelly");
        assertThat(symbols.lines()).contains(
                "io.jenkins.plugins.dbgitops.jenkins.SqlReviewStep$DescriptorImpl",
                "io.jenkins.plugins.dbgitops.jenkins.SqlReviewBuilder$DescriptorImpl",
                "io.jenkins.plugins.dbgitops.jenkins.DatabaseGitOpsWrapper$DescriptorImpl",
                "io.jenkins.plugins.dbgitops.jenkins.DbReleaseStep$DescriptorImpl",
                "io.jenkins.plugins.dbgitops.jenkins.DbRolloutStep$DescriptorImpl",
                "io.jenkins.plugins.dbgitops.jenkins.DbRolloutBuilder$DescriptorImpl");
        // SezPoz's index is serialized Java; the class names appear in it as text
        assertThat(extensions).contains("io.jenkins.plugins.dbgitops.jenkins.SqlReviewStep$DescriptorImpl")
                .contains("io.jenkins.plugins.dbgitops.jenkins.DbRolloutStep$DescriptorImpl")
                .contains("io.jenkins.plugins.dbgitops.jenkins.DbRolloutBuilder$DescriptorImpl")
                .contains("io.jenkins.plugins.dbgitops.jenkins.DatabaseGitOpsWrapper$DescriptorImpl");
    }

    @Test
    void shouldPackageNoStandInTypeInThePluginJarOrTheCommandLineJar() throws IOException {
        List<String> pluginJar = new ArrayList<>();
        try (JarFile hpi = new JarFile(HPI.toFile())) {
            byte[] jar = hpi.getInputStream(hpi.getEntry("WEB-INF/lib/database-gitops.jar")).readAllBytes();
            read(jar, "index.jelly", pluginJar);
        }
        List<String> cliJar = new ArrayList<>();
        try (JarFile cli = new JarFile(Path.of("target", "dbgitops.jar").toFile())) {
            cli.stream().map(ZipEntry::getName).forEach(cliJar::add);
        }

        assertThat(STAND_IN_TYPES).as("the stand-in was found").hasSizeGreaterThan(50);
        assertThat(pluginJar).noneMatch(HpiPackageIT::isStandInClass);
        assertThat(cliJar).noneMatch(HpiPackageIT::isStandInClass).noneMatch(HpiPackageIT::isJenkinsClass);
    }

    private static boolean isJenkinsClass(String name) {
        return name.endsWith(".class") && JENKINS_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean isStandInClass(String name) {
        if (!name.endsWith(".class")) {
            return false;
        }
        String type = name.substring(0, name.length() - ".class".length());
        int nested = type.indexOf('$');
        return STAND_IN_TYPES.contains(nested < 0 ? type : type.substring(0, nested));
    }

    private static Set<String> standInTypes(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.java$", ""))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(byte[] jar, String entry, List<String> names) throws IOException {
        String found = null;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals(entry)) {
                    found = new String(((InputStream) in).readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
        }
        assertThat(found).as(entry).isNotNull();
        return found;
    }
}
