package io.jenkins.plugins.dbgitops.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void shouldInferTheEngineAndNameFromTheUrl() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:postgresql://db.example:5432/orders?sslmode=require", "app",
                "pw");

        assertThat(target.engine()).isEqualTo(SqlEngine.POSTGRESQL);
        assertThat(target.name()).isEqualTo("orders");
        assertThat(DatabaseTarget.of("jdbc:h2:mem:scratch;DB_CLOSE_DELAY=-1", null, null).name()).isEqualTo("scratch");
        assertThat(DatabaseTarget.of("eu", "jdbc:mariadb://h/shop", null, null).engine()).isEqualTo(SqlEngine.MARIADB);
    }

    @Test
    void shouldRejectAUrlOfNoKnownEngineAsBadInput() {
        assertThatThrownBy(() -> DatabaseTarget.of("jdbc:oracle:thin:@h:1521/x", "u", "p"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void shouldNeverShowThePassword() {
        DatabaseTarget target = DatabaseTarget.of("jdbc:postgresql://app:hunter22@db/orders?password=hunter22",
                "app", "hunter22");

        assertThat(target.toString()).doesNotContain("hunter22").contains("****");
        assertThat(target.describe()).doesNotContain("hunter22");
        assertThat(target.sanitize("FATAL: could not connect to " + target.url() + " with hunter22"))
                .doesNotContain("hunter22");
    }
}
