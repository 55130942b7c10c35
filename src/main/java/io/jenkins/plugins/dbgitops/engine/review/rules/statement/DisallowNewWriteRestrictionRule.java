package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tables;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;

/** Our own rule: new constraints reject writes existing clients still make. */
public final class DisallowNewWriteRestrictionRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-new-write-restriction")
            .optIn()
            .title("Disallow new write restrictions on existing tables")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("A new constraint or unique index can reject writes that existing clients still make.")
            .help("Update every client's writes to satisfy the restriction before adding it.")
            .description("An application compatibility check (opt-in in Squawk): a new CHECK, FOREIGN KEY, UNIQUE,"
                    + " PRIMARY KEY or EXCLUDE constraint (even NOT VALID, which still checks new rows), SET NOT NULL,"
                    + " or a unique index (even built CONCURRENTLY) rejects writes the running application, or one"
                    + " rolled back to, may still make. Tables created in the same change are exempt.")
            .failing("ALTER TABLE t ADD CONSTRAINT c CHECK (id > 0) NOT VALID;")
            .passing("ALTER TABLE t ADD COLUMN note text;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        AlterTable alter = AlterTable.of(statement).orElse(null); // no lambda per statement: most are not ALTERs
        if (alter != null && !alter.createdInReview(statement)) {
            for (AlterTable.Clause clause : alter.clauses()) {
                if (clause.startsWith("ADD") && !clause.isAddColumn() || clause.startsWith("ALTER")
                        && clause.find("SET", "NOT", "NULL") == clause.afterColumn()) {
                    rule.report(statement, clause.offset(), "The new restriction on " + alter.table()
                            + " can reject writes that existing clients still make.");
                }
            }
        }
        if (SqlTokens.startsWith(statement, "CREATE", "UNIQUE", "INDEX")) {
            List<Token> tokens = SqlTokens.of(statement);
            int on = Tokens.find(tokens, 3, "ON");
            int start = on + 1 < tokens.size() && tokens.get(on + 1).is("ONLY") ? on + 2 : on + 1;
            String table = on < 0 ? "" : Tokens.name(tokens, start, Tokens.skipName(tokens, start));
            if (on > 0 && !Tables.createdInReview(statement, table)) {
                rule.report(statement, "The new unique index on " + table
                        + " can reject writes that existing clients still make.");
            }
        }
    }
}
