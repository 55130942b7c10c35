package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** MySQL {@code CREATE TABLE ... [AS] SELECT}: unsafe under GTID replication and locking the source rows. */
public final class DisallowCreateTableSelectRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateTable.class)) {
            return;
        }
        boolean select = statement.ast(CreateTable.class).map(create -> create.getSelect() != null)
                .orElseGet(() -> {
                    List<String> tokens = SqlTokens.words(statement);
                    return SqlTokens.startsWith(tokens, List.of("TEMPORARY", "IF", "NOT", "EXISTS"), "CREATE", "TABLE")
                            && tokens.contains("SELECT");
                });
        if (select) {
            rule.report(statement, Impact.of("The table is created from a SELECT", rule));
        }
    }
}
