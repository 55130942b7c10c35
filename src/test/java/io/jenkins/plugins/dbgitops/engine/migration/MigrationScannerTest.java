package io.jenkins.plugins.dbgitops.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScannerTest {
    @TempDir
    Path directory;

    @Test
    void shouldFindMigrationsRecursivelyInVersionOrder() throws IOException {
        write("10_third.sql", "select 3;");
        write("sub/2_second.sql", "select 2;");
        write("1_first.sql", "select 1;");
        write("notes.txt", "not a migration");

        MigrationSet set = MigrationScanner.scan(directory);

        assertThat(set.migrations()).extracting(MigrationFile::script)
                .containsExactly("1_first.sql", "sub/2_second.sql", "10_third.sql");
        assertThat(set.unversioned()).isEmpty();
    }

    @Test
    void shouldReportFilesWithoutAVersion() throws IOException {
        write("1_first.sql", "select 1;");
        write("cleanup.sql", "select 2;");

        MigrationSet set = MigrationScanner.scan(directory);

        assertThat(set.migrations()).hasSize(1);
        assertThat(set.unversioned()).containsExactly("cleanup.sql");
    }

    @Test
    void shouldRejectDuplicateVersionsNamingBothFiles() throws IOException {
        write("1_first.sql", "select 1;");
        write("V1.0__again.sql", "select 2;");

        assertThatThrownBy(() -> MigrationScanner.scan(directory)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("1_first.sql").hasMessageContaining("V1.0__again.sql")
                .hasMessageContaining("Duplicate migration version 1");
    }

    @Test
    void shouldReadTypeAndTransactionFromDirectivesAndNames() throws IOException {
        write("1_schema.sql", "-- dbgitops:no-transaction\ncreate index concurrently i on t(a);");
        write("2_seed_dml.sql", "insert into t values (1);");
        write("3_fix.sql", "-- a data fix\n-- dbgitops:type dml\nupdate t set a = 2;");

        MigrationSet set = MigrationScanner.scan(directory);

        assertThat(set.migrations()).extracting(MigrationFile::type)
                .containsExactly(ChangeType.DDL, ChangeType.DML, ChangeType.DML);
        assertThat(set.migrations()).extracting(MigrationFile::noTransactionDirective)
                .containsExactly(true, false, false);
    }

    @Test
    void shouldChecksumIndependentlyOfLineEndingsAndBom() throws IOException {
        write("1_lf.sql", "create table t (a int);\nselect 1;\n");
        write("2_crlf.sql", "\uFEFFcreate table t (a int);\r\nselect 1;\r\n");

        MigrationSet set = MigrationScanner.scan(directory);

        assertThat(set.migrations().get(0).checksum()).isEqualTo(set.migrations().get(1).checksum())
                .hasSize(64);
        assertThat(set.migrations().get(1).content()).startsWith("create table");
    }

    @Test
    void shouldRejectAMissingDirectoryWithAHint() {
        Path missing = directory.resolve("nope");

        assertThatThrownBy(() -> MigrationScanner.scan(missing)).isInstanceOf(UserInputException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void shouldRejectAFileThatIsNotUtf8() throws IOException {
        Files.write(directory.resolve("1_latin1.sql"), "select 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> MigrationScanner.scan(directory)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("1_latin1.sql").hasMessageContaining("UTF-8");
    }

    private void write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
