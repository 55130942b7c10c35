package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.Set;

/** Squawk's adding-required-field: a NOT NULL column without a default cannot be added to a table with rows. */
public final class AddNotNullRequireDefaultRule extends AlterTableClauseRule {
    private static final Set<String> SERIAL = Set.of("SERIAL", "SERIAL2", "SERIAL4", "SERIAL8", "SMALLSERIAL", "BIGSERIAL");
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.add-not-null-require-default")
            .title("Require a default when adding a NOT NULL column")
            .origin("Squawk: adding-required-field")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("Adding a NOT NULL column without a default fails on any table that has rows.")
            .help("Give the column a non-volatile DEFAULT, or add it nullable, backfill, then add the NOT NULL constraint.")
            .description("ALTER TABLE ... ADD COLUMN ... NOT NULL without DEFAULT must fill existing rows with NULL,"
                    + " which the constraint forbids: the migration fails as soon as the table has one row, usually in"
                    + " production only. Generated, identity and serial columns compute their values and pass. Tables created"
                    + " in the same change are empty and exempt.")
            .failing("ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;")
            .passing("ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.isAddColumn() && clause.contains("NOT", "NULL") && !clause.contains("DEFAULT")
                && !clause.contains("GENERATED") && !clause.contains("PRIMARY", "KEY") && !isSerial(clause)) {
            return "Adding NOT NULL column " + clause.column().orElse("?") + " to " + alter.table()
                    + " without a default fails as soon as the table has a row.";
        }
        return null;
    }

    /** serial types default to their sequence's next value. */
    private static boolean isSerial(AlterTable.Clause clause) {
        return clause.tokens().stream().anyMatch(token -> token.kind() == Token.Kind.WORD
                && SERIAL.contains(token.upper()));
    }
}
