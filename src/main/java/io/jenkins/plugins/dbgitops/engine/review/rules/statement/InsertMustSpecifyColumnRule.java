package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;

/** Bytebase's {@code statement.insert.must-specify-column}. */
public final class InsertMustSpecifyColumnRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.insert.must-specify-column")
            .title("INSERT must name its columns")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("An INSERT without a column list breaks, or writes values into the wrong columns, when the table changes.")
            .help("Name the target columns: INSERT INTO t (a, b) VALUES (...).")
            .description("Flags INSERT statements without a column list, both INSERT ... VALUES and INSERT ..."
                    + " SELECT. Values are matched to columns by position, so a migration that adds or reorders a"
                    + " column turns every such INSERT into an error or, worse, into silently misplaced data.")
            .failing("INSERT INTO currencies VALUES ('EUR', 'Euro');")
            .passing("INSERT INTO currencies (code, name) VALUES ('EUR', 'Euro');")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // instanceof, not an Optional chain of lambdas: called for every statement
        if (statement.ast().orElse(null) instanceof Insert insert
                && (insert.getColumns() == null || insert.getColumns().isEmpty())
                && (insert.getSetUpdateSets() == null || insert.getSetUpdateSets().isEmpty())) {
            rule.report(statement, "The INSERT statement must specify columns but " + StatementTexts.quote(statement)
                    + " does not.");
        }
    }
}
