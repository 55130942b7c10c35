package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.Locale;

/**
 * Bytebase's {@code index.type-no-blob} (MySQL): no index, key or unique constraint on BLOB, TEXT or JSON columns.
 * Column types come from the statement or the catalog. FULLTEXT indexes, which exist for text, are exempt.
 */
public final class IndexTypeNoBlobRule extends NewIndexRule {
    @Override
    protected void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule) {
        if (index.kind() == Ddl.IndexKind.FOREIGN || fullText(index)) {
            return;
        }
        for (String column : index.columns()) {
            TableIndexes.columnType(statement, index.table(), column)
                    .filter(type -> ColumnTypes.isMySqlLob(ColumnTypes.baseType(type)))
                    .ifPresent(type -> rule.report(statement, TableIndexes.offset(statement, index),
                            "Columns in index must not be BLOB or TEXT but "
                                    + Naming.quote(statement.engine(), index.tableName()) + "."
                                    + Naming.quote(statement.engine(), column) + " is " + ColumnTypes.displayType(type) + "."));
        }
    }

    private static boolean fullText(TableIndexes.NewIndex index) {
        return index.index() != null && index.index().getType() != null
                && index.index().getType().toUpperCase(Locale.ROOT).contains("FULLTEXT");
    }
}
