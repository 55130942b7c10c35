package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tables;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;

/** Our own rule: new constraints reject writes existing clients still make. */
public final class DisallowNewWriteRestrictionRule implements Rule {
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
