package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterType;

/**
 * Additions an application rolled back to may not be able to read: columns, enum values, composite attributes (our
 * own rule).
 */
public final class DisallowAdditiveChangeRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-additive-change")
            .optIn()
            .title("Disallow additions old clients cannot read")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("An added column, enum value or composite attribute can break clients that read rows positionally or decode values strictly.")
            .help("Make sure every client, including versions you may roll back to, tolerates the addition before making it.")
            .description("An application compatibility check (opt-in in Squawk, off by default in most policies): a new"
                    + " column changes SELECT * and COPY output and can break inserts without column lists; a new enum"
                    + " value written by the new application fails to decode in the old one; a new composite type"
                    + " attribute changes the row format clients parse. Tables created in the same change are exempt.")
            .failing("ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';")
            .passing("CREATE TYPE refund_status AS ENUM ('requested', 'refunded');")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** ALTER TABLE and ALTER TYPE, parsed or not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Alter.class, AlterType.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "ALTER", "TYPE")) {
            List<Token> tokens = SqlTokens.of(statement);
            int add = Tokens.find(tokens, 3, "ADD");
            if (add > 0) {
                String what = Tokens.startsWith(tokens, add + 1, "VALUE") ? "value" : "attribute";
                rule.report(statement, tokens.get(add).offset(), "The new " + what + " of type " + tokens.get(2).text()
                        + " may not be readable by clients written before it.");
            }
            return;
        }
        AlterTable alter = AlterTable.of(statement).orElse(null); // no lambda per statement: most are not ALTERs
        if (alter == null || alter.createdInReview(statement)) {
            return;
        }
        for (AlterTable.Clause clause : alter.clauses()) {
            if (clause.isAddColumn()) {
                rule.report(statement, clause.offset(), "The new column " + clause.column().orElse("?") + " of "
                        + alter.table() + " changes SELECT * output and inserts without column lists.");
            }
        }
    }
}
