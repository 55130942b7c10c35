package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tables;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;

/** Squawk's renaming-table: {@code ALTER TABLE ... RENAME TO} and MySQL's {@code RENAME TABLE a TO b}. */
public final class TableDisallowRenameRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        AlterTable.of(statement).filter(alter -> !alter.createdInReview(statement)).ifPresent(alter -> {
            for (AlterTable.Clause clause : alter.clauses()) {
                List<Token> tokens = clause.tokens();
                int to = clause.startsWith("RENAME", "TO") || clause.startsWith("RENAME", "AS") ? 2
                        : tokens.size() == 2 && clause.startsWith("RENAME") ? 1 : -1;
                if (to > 0 && to < tokens.size()) {
                    rule.report(statement, clause.offset(), message(alter.table(), Tokens.name(tokens, to, tokens.size())));
                }
            }
        });
        if (statement.engine().isMySqlFamily() && SqlTokens.startsWith(statement, "RENAME", "TABLE")) {
            for (List<Token> pair : Tokens.splitTopLevel(SqlTokens.of(statement), 2)) {
                int to = Tokens.find(pair, 0, "TO");
                String from = to > 0 ? Tokens.name(pair, 0, to) : "";
                if (to > 0 && !Tables.createdInReview(statement, from)) {
                    rule.report(statement, pair.get(0).offset(), message(from, Tokens.name(pair, to + 1, pair.size())));
                }
            }
        }
    }

    private static String message(String from, String to) {
        return "Renaming table " + from + " to " + to + " breaks every client that still uses the old name.";
    }
}
