package io.jenkins.plugins.dbgitops.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmbeddedDatabasesTest {

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldGiveEachTestARealEmptyDatabase(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO probe VALUES (7)");
            try (ResultSet rows = statement.executeQuery("SELECT id FROM probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
            assertThat(connection.getMetaData().getURL()).isNotBlank();
        }
        assertThat(SqlEngine.fromJdbcUrl(database.url()).isMySqlFamily()).isEqualTo(engine.isMySqlFamily());
    }
}
