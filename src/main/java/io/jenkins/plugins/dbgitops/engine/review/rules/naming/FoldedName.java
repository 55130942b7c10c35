package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Locale;

/**
 * The name PostgreSQL stores for an identifier: unquoted identifiers fold to lower case ({@code CREATE TABLE
 * techBook} creates {@code techbook}), so a naming convention judges the folded name, as Bytebase's PostgreSQL
 * parser hands it to its advisors. MySQL keeps names as written.
 */
final class FoldedName {
    private FoldedName() {
    }

    /** The stored name of {@code name} (unquoted already) as written in the statement. */
    static String of(StatementContext statement, String name) {
        if (statement.engine() != SqlEngine.POSTGRESQL || name.equals(name.toLowerCase(Locale.ROOT))
                || statement.text().contains("\"" + name + "\"")) {
            return name;
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
