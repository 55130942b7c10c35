package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexesRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bytebase's {@code index.primary-key-type-allowlist}: primary-key column types come from a list. Type aliases
 * ({@code integer}, {@code int4}, {@code int8}, {@code serial4}, {@code serial8}) compare as their canonical names.
 */
public final class PrimaryKeyTypeAllowlistRule extends NewIndexesRule {
    private static final Map<String, String> ALIASES = Map.of("integer", "int", "int4", "int", "int8", "bigint",
            "serial4", "serial", "serial8", "bigserial", "int2", "smallint", "serial2", "smallserial",
            "character varying", "varchar");

    @Override
    protected void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule) {
        Set<String> allowed = null;
        for (TableIndexes.NewIndex index : created) {
            if (index.kind() != Ddl.IndexKind.PRIMARY) {
                continue;
            }
            if (allowed == null) {
                allowed = rule.config().stringList("list").stream().map(type -> canonical(ColumnTypes.baseType(type)))
                        .collect(Collectors.toSet());
            }
            Set<String> allowedTypes = allowed;
            for (String column : index.columns()) {
                TableIndexes.columnType(statement, index.table(), column)
                        .filter(type -> !allowedTypes.contains(canonical(ColumnTypes.baseType(type))))
                        .ifPresent(type -> rule.report(statement, NameOffsets.columnOffset(statement.text(), index.tableName(), column),
                                "The column " + Naming.quote(statement.engine(), column) + " in table "
                                        + Naming.quote(statement.engine(), index.tableName()) + " is one of the primary"
                                        + " key, but its type \"" + ColumnTypes.displayType(type) + "\" is not in allowlist."));
            }
        }
    }

    private static String canonical(String baseType) {
        return ALIASES.getOrDefault(baseType, baseType);
    }
}
