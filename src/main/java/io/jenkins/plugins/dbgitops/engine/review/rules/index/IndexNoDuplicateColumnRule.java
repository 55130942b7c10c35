package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Bytebase's {@code index.no-duplicate-column}: no column appears twice in one index or key. */
public final class IndexNoDuplicateColumnRule extends NewIndexRule {
    @Override
    protected void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule) {
        Set<String> seen = new HashSet<>();
        for (String column : index.columns()) {
            if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                rule.report(statement, TableIndexes.offset(statement, index),
                        kind(index.kind()) + " " + Naming.quote(statement.engine(), index.name().isEmpty()
                                ? "(unnamed)" : index.name()) + " in table "
                                + Naming.quote(statement.engine(), index.tableName()) + " has duplicate column "
                                + Naming.quote(statement.engine(), column) + ".");
                break;
            }
        }
    }

    private static String kind(Ddl.IndexKind kind) {
        switch (kind) {
            case PRIMARY:
                return "Primary key";
            case UNIQUE:
                return "Unique key";
            case FOREIGN:
                return "Foreign key";
            default:
                return "Index";
        }
    }
}
