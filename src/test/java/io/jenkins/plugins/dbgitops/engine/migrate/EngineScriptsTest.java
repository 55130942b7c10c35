package io.jenkins.plugins.dbgitops.engine.migrate;

import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.queryLong;
import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts with routine bodies run statement by statement as each engine's own client would run them. */
class EngineScriptsTest {
    @TempDir
    Path directory;

    private static TargetResult migrate(TestDatabase database, MigrationFiles files) {
        return new Migrator(MigrationOptions.defaults()).migrate(target(database), files.scan(),
                MigrationListener.NONE);
    }

    @Test
    void shouldRunPostgresFunctionsWithDollarQuotedBodies() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__counter.sql", "CREATE TABLE counter (n INT);\n"
                        + "CREATE FUNCTION bump() RETURNS trigger AS $body$\nBEGIN\n  NEW.n := NEW.n + 1;\n"
                        + "  RETURN NEW;\nEND;\n$body$ LANGUAGE plpgsql;\n"
                        + "CREATE TRIGGER bump_it BEFORE INSERT ON counter FOR EACH ROW EXECUTE FUNCTION bump();\n"
                        + "DO $$ BEGIN INSERT INTO counter VALUES (1); END $$;\n");

        TargetResult result = migrate(database, files);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(queryLong(database, "SELECT n FROM counter")).isEqualTo(2);
    }

    @Test
    void shouldRunMariaDbProceduresBetweenDelimiterLines() {
        TestDatabase database = EmbeddedDatabases.newMariaDbDatabase();
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__counter.sql", "CREATE TABLE counter (n INT);\n"
                        + "DELIMITER $$\n"
                        + "CREATE PROCEDURE add_rows(IN how_many INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n"
                        + "  WHILE i < how_many DO\n    INSERT INTO counter VALUES (i);\n    SET i = i + 1;\n"
                        + "  END WHILE;\nEND$$\n"
                        + "DELIMITER ;\n"
                        + "CALL add_rows(3);\n");

        TargetResult result = migrate(database, files);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM counter")).isEqualTo(3);
    }

    @Test
    void shouldRunSqliteTriggersWithBeginEndBodies() {
        TestDatabase database = EmbeddedDatabases.newSqliteDatabase();
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__audit.sql", "CREATE TABLE item (id INTEGER PRIMARY KEY);\n"
                        + "CREATE TABLE audit (item_id INTEGER);\n"
                        + "CREATE TRIGGER item_audit AFTER INSERT ON item BEGIN\n"
                        + "  INSERT INTO audit VALUES (NEW.id);\nEND;\n"
                        + "INSERT INTO item VALUES (7);\n");

        TargetResult result = migrate(database, files);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(queryLong(database, "SELECT item_id FROM audit")).isEqualTo(7);
    }

    @Test
    void shouldRefuseAScriptThatCannotBeSplitBeforeChangingAnything() {
        TestDatabase database = EmbeddedDatabases.newH2Database();
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__a.sql", "CREATE TABLE a (id INT);")
                .write("V2__open_quote.sql", "INSERT INTO a VALUES (1);\nSELECT 'never closed;\n");

        assertThatThrownBy(() -> migrate(database, files)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("V2__open_quote.sql").hasMessageContaining("line 2");
        assertThat(MigrationFiles.tableExists(database, "a")).isFalse();
    }
}
