package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.Set;

/**
 * Bytebase's {@code index.pk-type-limit}: primary-key columns are INT or BIGINT (PostgreSQL's {@code integer},
 * {@code serial} and {@code bigserial} spellings included). Types come from the statement or the catalog.
 */
public final class PrimaryKeyTypeLimitRule extends NewIndexRule {
    private static final Set<String> ALLOWED = Set.of("int", "integer", "bigint", "int4", "int8", "serial",
            "bigserial", "serial4", "serial8");

    @Override
    protected void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule) {
        if (index.kind() != Ddl.IndexKind.PRIMARY) {
            return;
        }
        for (String column : index.columns()) {
            TableIndexes.columnType(statement, index.table(), column)
                    .filter(type -> !ALLOWED.contains(ColumnTypes.baseType(type)))
                    .ifPresent(type -> rule.report(statement, NameOffsets.columnOffset(statement.text(), index.tableName(), column),
                            "Columns in primary key must be INT/BIGINT but "
                                    + Naming.quote(statement.engine(), index.tableName()) + "."
                                    + Naming.quote(statement.engine(), column) + " is " + ColumnTypes.displayType(type) + "."));
        }
    }
}
