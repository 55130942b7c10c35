package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;

/** Squawk's ban-drop-column, for PostgreSQL and MySQL/MariaDB. */
public final class ColumnDisallowDropRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-drop")
            .title("Disallow dropping columns")
            .origin("Squawk: ban-drop-column")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Dropping a column may break existing clients and loses its data.")
            .help("Stop every client from reading and writing the column in an earlier release, then drop it.")
            .description("ALTER TABLE ... DROP COLUMN breaks every query that still names the column (including"
                    + " inserts from an application version being rolled back to) and the data cannot be recovered"
                    + " without a restore. Drop a column only after the code that uses it is gone. Tables created in"
                    + " the same change are exempt.")
            .failing("ALTER TABLE users DROP COLUMN legacy_flag;")
            .passing("ALTER TABLE users ADD COLUMN flags int;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (!clause.startsWith("DROP") || clause.tokens().size() < 2) {
            return null;
        }
        Token second = clause.tokens().get(1);
        boolean column = second.is("COLUMN") || second.kind() == Token.Kind.QUOTED
                || second.kind() == Token.Kind.WORD && !isOtherDrop(second.upper());
        if (column) {
            return "Dropping column " + alter.table() + "." + clause.column().orElse("?")
                    + " may break existing clients and loses its data.";
        }
        return null;
    }

    private static boolean isOtherDrop(String word) {
        switch (word) {
            case "CONSTRAINT":
            case "PRIMARY":
            case "FOREIGN":
            case "INDEX":
            case "KEY":
            case "CHECK":
            case "PARTITION":
            case "DEFAULT":
            case "SYSTEM":
            case "PERIOD":
                return true;
            default:
                return false;
        }
    }
}
