package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NotNullChecks;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bytebase's {@code statement.disallow-add-not-null} (Squawk: adding-not-nullable-field). As in Squawk, a column
 * that a validated {@code CHECK (column IS NOT NULL)} constraint earlier in the same file already proves non-null
 * passes: PostgreSQL 12 and later then skip the scan.
 */
public final class DisallowAddNotNullRule extends AlterTableClauseRule {
    private final NotNullChecks checks = new NotNullChecks();
    /** Constraint names this file adds, and tables where it validates a constraint added by an earlier file. */
    private final Set<String> addedConstraints = new HashSet<>();
    private final Set<String> validatedFromEarlierFiles = new HashSet<>();
    private boolean usesValidatedChecks;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        checks.clear();
        addedConstraints.clear();
        validatedFromEarlierFiles.clear();
        usesValidatedChecks = rule.config().integer("postgresVersion") >= 12;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        checks.observe(alter, clause);
        List<Token> tokens = clause.tokens();
        if (clause.startsWith("ADD", "CONSTRAINT") && tokens.size() > 2) {
            addedConstraints.add(tokens.get(2).upper());
        } else if (clause.startsWith("VALIDATE", "CONSTRAINT") && tokens.size() > 2
                && !addedConstraints.contains(tokens.get(2).upper())) {
            validatedFromEarlierFiles.add(alter.table().toUpperCase(Locale.ROOT));
        }
        if (clause.startsWith("ALTER") && clause.find("SET", "NOT", "NULL") > 0) {
            String column = clause.column().orElse("?");
            if (usesValidatedChecks && (checks.proven(alter.table(), column)
                    || validatedFromEarlierFiles.contains(alter.table().toUpperCase(Locale.ROOT)))) {
                return null;
            }
            return "Setting NOT NULL on " + alter.table() + "." + column + " blocks reads and writes while the whole"
                    + " table is scanned. You can use CHECK (\"" + column + "\" IS NOT NULL) instead.";
        }
        return null;
    }
}
