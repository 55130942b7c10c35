package io.jenkins.plugins.dbgitops.engine.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseVerifierTest {
    private static final String USERS = "migrations/202501150900_create_users.sql";
    private static final String ORDERS = "migrations/202501150901_create_orders.sql";

    @TempDir
    Path temp;

    private Path archive;
    private Map<String, byte[]> original;

    @BeforeEach
    void packageARelease() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("202501150900_create_users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n");
        files.put("202501150901_create_orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY);\n");
        Path repository = GitProjects.create(temp.resolve("repo"), files);
        archive = new ReleasePackager(ReleaseGate.NONE).build(GitProjects.config(repository),
                ReleaseRequest.at(Instant.parse("2025-01-15T09:30:00Z")), temp.resolve("out")).archive();
        original = ZipSurgery.entries(archive);
    }

    private Path variant(Map<String, byte[]> entries) {
        return ZipSurgery.write(temp.resolve("variant.zip"), entries);
    }

    private Map<String, byte[]> copy() {
        return new LinkedHashMap<>(original);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldAcceptAnUntouchedReleaseAndDeleteItsCopyOnClose() {
        Path extracted;
        try (VerifiedRelease release = ReleaseVerifier.verify(archive)) {
            extracted = release.migrations().directory();
            assertThat(extracted.resolve("202501150900_create_users.sql")).exists();
        }
        assertThat(extracted).doesNotExist();
    }

    @Test
    void shouldRefuseAChangedFile() {
        Map<String, byte[]> entries = copy();
        entries.put(USERS, bytes("DROP TABLE users;\n"));

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(entries)))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining(USERS + " was changed after the release was packaged");
    }

    @Test
    void shouldRefuseAnAddedFile() {
        Map<String, byte[]> entries = copy();
        entries.put("migrations/202501150902_backdoor.sql", bytes("GRANT ALL ON users TO public;\n"));

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(entries)))
                .hasMessageContaining("holds migrations/202501150902_backdoor.sql, which its manifest does not list");
    }

    @Test
    void shouldRefuseAMissingFile() {
        Map<String, byte[]> entries = copy();
        entries.remove(ORDERS);

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(entries)))
                .hasMessageContaining("is missing " + ORDERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrations/../../evil.sql", "/etc/evil.sql", "migrations\\..\\evil.sql",
        "C:/evil.sql"})
    void shouldRefuseZipSlipPaths(String path) {
        Map<String, byte[]> entries = copy();
        entries.put(path, bytes("SELECT 1;"));

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(entries)))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("'" + path + "'")
                .hasMessageContaining("zip slip");
    }

    @Test
    void shouldRefuseAManifestPathThatEscapes() {
        Map<String, byte[]> entries = copy();
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"202501150901_create_orders.sql\"", "\"../202501150901_create_orders.sql\"");
        entries.put("manifest.json", bytes(manifest));

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(entries)))
                .hasMessageContaining("bad manifest").hasMessageContaining("climbs out with '..'");
    }

    @Test
    void shouldRefuseDuplicateEntries() {
        String placeholder = USERS.replace("users", "uzzzz");
        Map<String, byte[]> entries = copy();
        entries.put(placeholder, bytes("DROP TABLE users;\n"));
        Path twice = ZipSurgery.rename(variant(entries), placeholder, USERS);

        assertThatThrownBy(() -> ReleaseVerifier.verify(twice))
                .hasMessageContaining("has the entry '" + USERS + "' twice");
    }

    @Test
    void shouldRefuseSymbolicLinks() {
        Path linked = ZipSurgery.markSymlink(variant(copy()), USERS);

        assertThatThrownBy(() -> ReleaseVerifier.verify(linked))
                .hasMessageContaining("symbolic link '" + USERS + "'");
    }

    @Test
    void shouldRefuseBadManifests() {
        Map<String, byte[]> noManifest = copy();
        noManifest.remove("manifest.json");
        Map<String, byte[]> notJson = copy();
        notJson.put("manifest.json", bytes("{not json"));
        Map<String, byte[]> unknownField = copy();
        unknownField.put("manifest.json", bytes(new String(original.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"signedBy\": \"mallory\",")));

        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(noManifest))).hasMessageContaining("has no manifest.json");
        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(notJson))).hasMessageContaining("bad manifest");
        assertThatThrownBy(() -> ReleaseVerifier.verify(variant(unknownField)))
                .hasMessageContaining("bad manifest").hasMessageContaining("signedBy");
    }

    @Test
    void shouldRefuseSomethingThatIsNotAZip() throws Exception {
        Path text = Files.writeString(temp.resolve("release.zip"), "hello");

        assertThatThrownBy(() -> ReleaseVerifier.verify(text)).hasMessageContaining("not a readable zip archive");
        assertThatThrownBy(() -> ReleaseVerifier.verify(temp.resolve("missing.zip"))).hasMessageContaining("does not exist");
    }
}
