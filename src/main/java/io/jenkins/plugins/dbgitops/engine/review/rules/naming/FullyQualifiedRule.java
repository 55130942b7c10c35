package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;

/**
 * Bytebase's {@code naming.fully-qualified}: every table a statement names is qualified by its schema (its database
 * in MySQL). Common table expressions are not tables and are not reported.
 */
public final class FullyQualifiedRule extends ParsedRule {
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = statementTypes(NamedTables.SUPPORTED);

    private static List<Class<? extends Statement>> statementTypes(List<Class<? extends Statement>> supported) {
        List<Class<? extends Statement>> types = new ArrayList<>(supported);
        types.add(CreateSequence.class);
        return List.copyOf(types);
    }

    public FullyQualifiedRule() {
        super(STATEMENT_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (String table : NamedTables.tables(ast, statement.text())) {
            if (table.indexOf('.') < 0) {
                String name = Ddl.unquote(table);
                rule.report(statement, NameOffsets.offsetOf(statement.text(), name, 0, 0), "Unqualified object name: '" + name
                        + "'.");
            }
        }
    }
}
