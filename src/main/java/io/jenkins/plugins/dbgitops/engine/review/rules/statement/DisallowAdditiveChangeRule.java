package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TypedRule;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterType;

/**
 * Additions an application rolled back to may not be able to read: columns, enum values, composite attributes (our
 * own rule).
 */
public final class DisallowAdditiveChangeRule extends TypedRule {
    /** ALTER TABLE and ALTER TYPE, parsed or not. */
    public DisallowAdditiveChangeRule() {
        super(List.of(Alter.class, AlterType.class));
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
