package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.EnumSet;
import java.util.List;

/** Definitions of rules that exist only in a test: every documentation field holds a placeholder. */
public final class TestDefinitions {
    private TestDefinitions() {
    }

    /** A warning-level rule on PostgreSQL, MySQL and MariaDB. */
    public static RuleDefinition definition(String id) {
        return definition(id, Level.WARNING, false, false, List.of());
    }

    public static RuleDefinition definition(String id, Level level, boolean optIn, boolean alwaysOn,
            List<PayloadField> payload) {
        return new RuleDefinition(id, "Test rule", "dbgitops",
                EnumSet.of(SqlEngine.POSTGRESQL, SqlEngine.MYSQL, SqlEngine.MARIADB), level, "Seen.", "Nothing to do.",
                "A rule that exists only in a test.", "SELECT 1;", "SELECT 2;", payload, optIn, alwaysOn, false);
    }
}
