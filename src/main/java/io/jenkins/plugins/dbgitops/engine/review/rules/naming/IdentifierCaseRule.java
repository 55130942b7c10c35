package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code naming.identifier.case} with its {@code upper} payload. Bytebase ships it for Oracle with
 * {@code upper: true}; for PostgreSQL and MySQL the default here is lower case, their convention. PostgreSQL folds
 * unquoted names to lower case, so there only quoted names can break a lower-case convention.
 */
public final class IdentifierCaseRule extends ParsedRule {
    public IdentifierCaseRule() {
        // the statements that introduce names
        super(List.of(CreateTable.class, Alter.class, CreateIndex.class, RenameTableStatement.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        boolean upper = rule.config().bool("upper");
        for (String identifier : statement.fact(IdentifierNoKeywordRule.IDENTIFIERS)) {
            if (!wrongCase(identifier, upper) && !(statement.engine() == SqlEngine.POSTGRESQL
                    && wrongCase(identifier.toLowerCase(Locale.ROOT), upper))) {
                continue; // right whether quoted or not: no need to find it in the text
            }
            int offset = NameOffsets.offsetOf(statement.text(), identifier, 0, -1);
            boolean quoted = offset >= 0 && (statement.text().charAt(offset) == '"' || statement.text().charAt(offset) == '`');
            String effective = statement.engine() == SqlEngine.POSTGRESQL && !quoted
                    ? identifier.toLowerCase(Locale.ROOT) : identifier;
            if (wrongCase(effective, upper)) {
                rule.report(statement, Math.max(offset, 0), "Identifier " + Naming.quote(statement.engine(), identifier)
                        + " should be " + (upper ? "upper" : "lower") + " case.");
            }
        }
    }

    private static boolean wrongCase(String identifier, boolean upper) {
        return !identifier.equals(upper ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT));
    }
}
