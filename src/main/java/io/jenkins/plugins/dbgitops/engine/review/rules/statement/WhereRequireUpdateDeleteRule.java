package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** Bytebase's {@code statement.where.require.update-delete}. */
public final class WhereRequireUpdateDeleteRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.where.require.update-delete")
            .title("Require WHERE in UPDATE and DELETE")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("An UPDATE or DELETE without WHERE changes every row of the table.")
            .help("Add a WHERE clause naming the rows to change; to empty a table on purpose, say so with a suppression.")
            .description("Flags UPDATE and DELETE statements without a WHERE clause. A forgotten WHERE is the"
                    + " classic data-loss accident: the statement succeeds and changes every row, and only a restore"
                    + " brings the data back.")
            .failing("UPDATE accounts SET status = 'closed';")
            .passing("UPDATE accounts SET status = 'closed' WHERE last_login < '2020-01-01';")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Update.class, Delete.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null); // instanceof, not Optional chains: called for every statement
        boolean missing = ast instanceof Update update && update.getWhere() == null
                || ast instanceof Delete delete && delete.getWhere() == null;
        if (missing) {
            rule.report(statement, StatementTexts.quote(statement)
                    + " requires WHERE clause: as written it changes every row.");
        }
    }
}
